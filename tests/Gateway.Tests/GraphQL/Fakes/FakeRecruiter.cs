using System.Collections.Immutable;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Scheduling;
using Hiring.Contracts.Supervisor;

namespace Hiring.Gateway.Tests.GraphQL.Fakes;

/// <summary>One recruiter's assistant, in memory: an event log, live listeners, approvals, policy and turns.</summary>
public sealed class FakeRecruiter(string key)
{
    private readonly Lock _lock = new();
    private readonly List<AssistantEvent> _log = [];
    private ImmutableList<Func<AssistantEvent, Task>> _live = [];
    private int _liveOpened;

    public string Key { get; } = key;

    public int LiveSubscriptionsOpened => Volatile.Read(ref _liveOpened);

    public int LiveSubscriptions => _live.Count;

    /// <summary>Runs before each replay page is read (tests publish "during replay" here).</summary>
    public Func<long, Task>? BeforeReadAfter { get; set; }

    public List<ApprovalRequest> Approvals { get; } = [];

    public Dictionary<ApprovalAction, ApprovalMode> Policy { get; } = [];

    public RecruiterAvailability? Availability { get; set; }

    public List<ConversationTurn> Turns { get; } = [];

    /// <summary>Pipeline changes the gateway recorded (moves and notes), in order.</summary>
    public List<PipelineChange> PipelineChanges { get; } = [];

    public HashSet<string> Projects { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, PostAck> Posted { get; } = new(StringComparer.Ordinal);

    /// <summary>Every envelope accepted, in order (guarded by <see cref="Posted"/>'s lock).</summary>
    public List<MessageEnvelope> Envelopes { get; } = [];

    /// <summary>When set, every assistant call fails with this (the gateway must not leak it).</summary>
    public Exception? Failure { get; set; }

    public long LastSequence
    {
        get
        {
            lock (_lock)
            {
                return _log.Count == 0 ? 0 : _log[^1].Sequence;
            }
        }
    }

    /// <summary>Appends to the log without publishing (a live event that the stream lost).</summary>
    public AssistantEvent Append(AssistantEventKind kind, string text)
    {
        lock (_lock)
        {
            var assistantEvent = new AssistantEvent(_log.Count + 1, Key, kind, DateTimeOffset.UtcNow, text);
            _log.Add(assistantEvent);
            return assistantEvent;
        }
    }

    public async Task<AssistantEvent> PublishAsync(AssistantEventKind kind, string text)
    {
        var assistantEvent = Append(kind, text);
        await DeliverLiveAsync(assistantEvent);
        return assistantEvent;
    }

    public async Task DeliverLiveAsync(AssistantEvent assistantEvent)
    {
        foreach (var listener in _live)
        {
            await listener(assistantEvent);
        }
    }

    public async Task<IReadOnlyList<AssistantEvent>> ReadAfterAsync(long after, int max, bool runHook = true)
    {
        if (runHook && BeforeReadAfter is { } hook)
        {
            await hook(after);
        }

        lock (_lock)
        {
            return [.. _log.Where(e => e.Sequence > after).Take(max)];
        }
    }

    public IAsyncDisposable SubscribeLive(Func<AssistantEvent, Task> listener)
    {
        Interlocked.Increment(ref _liveOpened);
        ImmutableInterlocked.Update(ref _live, l => l.Add(listener));
        return new FakeLiveSubscription(() => ImmutableInterlocked.Update(ref _live, l => l.Remove(listener)));
    }
}
