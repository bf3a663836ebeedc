using Hiring.Agents.Identity;
using Hiring.Agents.Supervisor;
using Hiring.Storage;

namespace Hiring.Agents.Outreach.Channels;

/// <summary>The candidate inbox on the append-only log: one stream per tenant and thread.</summary>
public sealed class LogCandidateInbox(ILogStore store) : ICandidateInbox
{
    private const string EntryType = "message";

    /// <summary>A thread holds a first message and two follow-ups; the page reads far fewer than this.</summary>
    private const int MaxRead = 1_000;

    public async Task<CandidateInboxMessage> DeliverAsync(string tenant, CandidateInboxMessage message, CancellationToken cancellationToken = default)
    {
        var streamKey = StreamKey(tenant, message.ThreadId);
        while (true)
        {
            var entries = await store.ReadAfterAsync(streamKey, 0, MaxRead, cancellationToken);
            if (entries.Select(e => EventJson.Deserialize<CandidateInboxMessage>(e.Payload)).FirstOrDefault(m => m.MessageId == message.MessageId) is { } earlier)
            {
                return earlier;
            }

            try
            {
                await store.AppendAsync(streamKey, [(EntryType, EventJson.Serialize(message))], entries.Count == 0 ? 0 : entries[^1].Sequence, cancellationToken);
                return message;
            }
            catch (LogSequenceConflictException)
            {
                // Someone wrote to the thread since the read: look again whether it was this message.
            }
        }
    }

    public async Task<IReadOnlyList<CandidateInboxMessage>> ReadThreadAsync(string tenant, string threadId, CancellationToken cancellationToken = default) =>
        [.. (await store.ReadAfterAsync(StreamKey(tenant, threadId), 0, MaxRead, cancellationToken)).Select(e => EventJson.Deserialize<CandidateInboxMessage>(e.Payload))];

    private static string StreamKey(string tenant, string threadId) =>
        GrainKeys.IsValidSegment(tenant) && GrainKeys.IsValidSegment(threadId)
            ? $"candidate-inbox/{tenant}/{threadId}"
            : throw new ArgumentException($"'{tenant}' and '{threadId}' do not name a candidate's thread.", nameof(threadId));
}
