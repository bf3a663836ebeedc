using Hiring.Agents.Persistence;
using Hiring.Contracts.Supervisor;
using Hiring.Storage;
using Microsoft.Extensions.Logging;

namespace Hiring.Agents.Supervisor;

/// <summary>
/// A recruiter's event log: appended to the log store (the source of truth, replayable after a
/// cursor), then published live. Appends are serialized so sequence order is publish order.
/// </summary>
public sealed partial class EventLog(
    string recruiterKey,
    ILogStore store,
    Func<AssistantEvent, Task> publish,
    TimeProvider time,
    ILogger logger) : IEventSink, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

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
        var body = new EventBody(kind, time.GetUtcNow(), text, planId, stepIndex, payload);
        await _gate.WaitAsync();
        try
        {
            var sequences = await store.AppendAsync([.. alongside, new LogAppend(StreamKey, kind.ToString(), EventJson.Serialize(body))]);
            var sequence = sequences[^1];
            var assistantEvent = ToEvent(sequence, body);
            try
            {
                await publish(assistantEvent);
            }
            catch (Exception ex)
            {
                // Subscribers recover missed events from the log by cursor; a failed publish loses nothing.
                LogPublishFailed(logger, ex, recruiterKey, sequence);
            }

            return assistantEvent;
        }
        finally
        {
            _gate.Release();
        }
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publishing event {Sequence} of {Recruiter} failed; it stays in the log for replay")]
    private static partial void LogPublishFailed(ILogger logger, Exception exception, string recruiter, long sequence);
}
