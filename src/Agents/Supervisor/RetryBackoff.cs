namespace Hiring.Agents.Supervisor;

/// <summary>
/// When to try again after failures in a row: <paramref name="first"/> after the first, doubled after each further one,
/// never longer than <paramref name="longest"/>; a success starts again from <paramref name="first"/>. The supervisor,
/// the sub-agents and the autopilot retry their background work with it, so a passing fault (a database connection
/// reset, a silo link cut) is over in seconds rather than at the next wake-up reminder.
/// </summary>
public sealed class RetryBackoff(TimeSpan first, TimeSpan longest)
{
    /// <summary>Failures since the last success.</summary>
    public int Failures { get; private set; }

    /// <summary>Counts a failure; returns how long to wait before the next attempt.</summary>
    public TimeSpan Failed()
    {
        // In ticks as a double, which cannot overflow however long the run of failures.
        var ticks = first.Ticks * Math.Pow(2, Failures);
        Failures++;
        return ticks < longest.Ticks ? TimeSpan.FromTicks((long)ticks) : longest;
    }

    public void Succeeded() => Failures = 0;
}
