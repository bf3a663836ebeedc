namespace Hiring.Testing;

/// <summary>
/// A clock for a running cluster that a test moves forward ("three days later") while timers keep
/// real time: a FakeTimeProvider would also stop the runtime's own timers, which wait on the clock
/// the silo is given. Only <see cref="GetUtcNow"/> is shifted.
/// </summary>
public sealed class ShiftedClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    /// <summary>Moves the clock forward by <paramref name="delta"/>.</summary>
    public void Advance(TimeSpan delta) => Interlocked.Add(ref _offsetTicks, delta.Ticks);
}
