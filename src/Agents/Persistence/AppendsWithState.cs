using Hiring.Storage;

namespace Hiring.Agents.Persistence;

/// <summary>
/// Log entries to commit in the same transaction as the next grain-state write of an async flow: a
/// state change and the events that announce it become durable together, for one commit wait
/// instead of two. A storage that can (<see cref="SqliteGrainStorage"/>) claims them, says when the
/// write is queued, and fills in their sequences; with any other, <see cref="Claimed"/> stays false
/// and the caller appends them itself after the state write.
/// </summary>
public sealed class AppendsWithState
{
    private static readonly AsyncLocal<AppendsWithState?> Ambient = new();
    private readonly TaskCompletionSource _queued = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _claimed;

    private AppendsWithState(IReadOnlyList<LogAppend> entries) => Entries = entries;

    public IReadOnlyList<LogAppend> Entries { get; }

    /// <summary>The state write the entries were offered to; it completes once both are committed (or neither).</summary>
    public Task Written { get; private set; } = Task.CompletedTask;

    /// <summary>
    /// Completes when the state write has been queued on the storage's writer, so writes queued after it
    /// commit after it, or when the write ended without anyone claiming the entries.
    /// </summary>
    public Task Queued => Task.WhenAny(_queued.Task, Written);

    /// <summary>Whether a state write took the entries.</summary>
    public bool Claimed => Volatile.Read(ref _claimed) == 1;

    /// <summary>The entries' sequences once the state write committed them; null otherwise.</summary>
    public IReadOnlyList<long>? Sequences { get; internal set; }

    /// <summary>Starts <paramref name="write"/> with <paramref name="entries"/> offered to its first state write.</summary>
    public static AppendsWithState Start(IReadOnlyList<LogAppend> entries, Func<Task> write)
    {
        var appends = new AppendsWithState(entries);
        var outer = Ambient.Value;
        Ambient.Value = appends;
        try
        {
            // The write's async flow captures the offer when it starts; restoring the outer value here does not take it back.
            appends.Written = write();
        }
        finally
        {
            Ambient.Value = outer;
        }

        return appends;
    }

    /// <summary>The entries waiting for a state write in this flow, taken at most once.</summary>
    internal static AppendsWithState? Claim()
    {
        var appends = Ambient.Value;
        return appends is not null && Interlocked.Exchange(ref appends._claimed, 1) == 0 ? appends : null;
    }

    /// <summary>Called by the claiming storage once its write is queued.</summary>
    internal void MarkQueued() => _queued.TrySetResult();
}
