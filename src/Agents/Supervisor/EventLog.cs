using Hiring.Agents.Persistence;
using Hiring.Contracts.Supervisor;
using Hiring.Storage;
using Microsoft.Extensions.Logging;

namespace Hiring.Agents.Supervisor;

/// <summary>
/// A recruiter's event log: appended to the log store (the source of truth, replayable after a
/// cursor), then published live. Appends are serialized so sequence order is publish order; a
/// state change and the events announcing it can be one write (<see cref="WriteAsync"/>), and the
/// events of one write are published as one batch (one queue message; subscribers still receive
/// them one by one, in order).
/// </summary>
public sealed partial class EventLog(
    string recruiterKey,
    ILogStore store,
    Func<IReadOnlyList<AssistantEvent>, Task> publish,
    TimeProvider time,
    ILogger logger) : IEventSink, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Task _published = Task.CompletedTask;

    public string StreamKey { get; } = $"events/{recruiterKey}";

    public Task<AssistantEvent> EmitAsync(AssistantEventKind kind, string text, string? planId = null, int? stepIndex = null, string? payload = null) =>
        EmitWithAsync([], kind, text, planId, stepIndex, payload);

    /// <summary>
    /// Appends the event together with <paramref name="alongside"/> (entries of other streams) in
    /// one transaction, so they are durable together or not at all, then publishes the event.
    /// </summary>
    public async Task<AssistantEvent> EmitWithAsync(
        IReadOnlyList<LogAppend> alongside, AssistantEventKind kind, string text, string? planId = null, int? stepIndex = null, string? payload = null)
    {
        var written = await WriteAsync(null, alongside, [new EventDraft(kind, text, planId, stepIndex, payload)]);
        return written[0];
    }

    /// <summary>
    /// Writes the grain state with <paramref name="save"/> (none when null), entries of other streams and
    /// the events, durable together in one transaction where the state's storage takes log entries
    /// along (else the state first, then the entries and events, as two commits); then publishes the
    /// events. A failed state write appends and publishes nothing. Writes are queued in call order
    /// and the next one need not wait for this one's commit: the log store keeps that order, and
    /// publishing waits for the previous write's, so sequence order is publish order.
    /// </summary>
    public async Task<IReadOnlyList<AssistantEvent>> WriteAsync(Func<Task>? save, IReadOnlyList<LogAppend> alongside, IReadOnlyList<EventDraft> events)
    {
        var at = time.GetUtcNow();
        var bodies = events.Select(e => new EventBody(e.Kind, at, e.Text, e.PlanId, e.StepIndex, e.Payload)).ToArray();
        LogAppend[] appends = [.. alongside, .. bodies.Select(b => new LogAppend(StreamKey, b.Kind.ToString(), EventJson.Serialize(b)))];
        var published = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Task previous;
        Task<IReadOnlyList<long>> committed;
        await _gate.WaitAsync();
        try
        {
            previous = _published;
            _published = published.Task;
            committed = await QueueAsync(save, appends);
        }
        catch
        {
            published.TrySetResult();
            throw;
        }
        finally
        {
            _gate.Release();
        }

        try
        {
            var sequences = await committed;
            await previous;
            var written = new AssistantEvent[bodies.Length];
            for (var i = 0; i < bodies.Length; i++)
            {
                written[i] = ToEvent(sequences[alongside.Count + i], bodies[i]);
            }

            try
            {
                if (written.Length > 0)
                {
                    await publish(written);
                }
            }
            catch (Exception ex)
            {
                // Subscribers recover missed events from the log by cursor; a failed publish loses nothing.
                LogPublishFailed(logger, ex, recruiterKey, written[0].Sequence, written[^1].Sequence);
            }

            return written;
        }
        finally
        {
            published.TrySetResult();
        }
    }

    /// <summary>Starts the write and returns once it is queued behind this log's earlier writes; what it returns completes at the commit.</summary>
    private async Task<Task<IReadOnlyList<long>>> QueueAsync(Func<Task>? save, LogAppend[] appends)
    {
        if (save is null)
        {
            return store.AppendAsync(appends);
        }

        var withState = AppendsWithState.Start(appends, save);
        await withState.Queued;
        if (withState.Claimed)
        {
            return CommittedAsync(withState);
        }

        // A storage that does not take log entries along: the state is written first (a failure is thrown here), then the entries.
        await withState.Written;
        return store.AppendAsync(appends);
    }

    private static async Task<IReadOnlyList<long>> CommittedAsync(AppendsWithState withState)
    {
        await withState.Written;
        return withState.Sequences ?? throw new InvalidOperationException("The state write committed without the log entries it claimed.");
    }

    public async Task<IReadOnlyList<AssistantEvent>> ReadAfterAsync(long sequence, int max)
    {
        var entries = await store.ReadAfterAsync(StreamKey, sequence, max);
        return [.. entries.Select(e => ToEvent(e.Sequence, EventJson.Deserialize<EventBody>(e.Payload)))];
    }

    public async Task<IReadOnlyList<AssistantEvent>> ReadBeforeAsync(long sequence, int max)
    {
        var entries = await store.ReadBeforeAsync(StreamKey, sequence, max);
        return [.. entries.Select(e => ToEvent(e.Sequence, EventJson.Deserialize<EventBody>(e.Payload)))];
    }

    public Task<long> LastSequenceAsync() => store.LastSequenceAsync(StreamKey);

    public void Dispose() => _gate.Dispose();

    private AssistantEvent ToEvent(long sequence, EventBody body) =>
        new(sequence, recruiterKey, body.Kind, body.At, body.Text, body.PlanId, body.StepIndex, body.Payload);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publishing events {First}-{Last} of {Recruiter} failed; they stay in the log for replay")]
    private static partial void LogPublishFailed(ILogger logger, Exception exception, string recruiter, long first, long last);
}
