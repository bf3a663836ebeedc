using Hiring.Agents.Supervisor.State;
using Hiring.Contracts.Supervisor;
using Hiring.Storage;

namespace Hiring.Agents.Supervisor;

/// <summary>
/// A recruiter's inbox as an append-only log: every accepted message with its inbox sequence, the
/// receipt an idempotent repeat answers with. The grain's state keeps only how far it has
/// processed, so a post writes one small row instead of re-serializing the inbox and receipts.
/// </summary>
public sealed class InboxLog(string recruiterKey, ILogStore store)
{
    private const string EntryType = "message";

    public string StreamKey { get; } = $"inbox/{recruiterKey}";

    /// <summary>The mailbox as the log left it (moving a version 1 state's inbox here first).</summary>
    public async Task<Mailbox> OpenAsync(SupervisorState state, SupervisorOptions options, Func<Task> save)
    {
        if (InboxMigration.IsNeeded(state))
        {
            await InboxMigration.MoveAsync(state, this, save);
        }

        var mailbox = new Mailbox(state, options);
        mailbox.Load(await RecentAsync(mailbox.Window));
        return mailbox;
    }

    /// <summary>The log entry of one accepted message, to append with others in one transaction.</summary>
    public LogAppend Entry(InboxItem item) => new(StreamKey, EntryType, Serialize(item));

    /// <summary>Appends messages, oldest first (several at once when old state moves here).</summary>
    public Task AppendAsync(IReadOnlyList<InboxItem> items) =>
        store.AppendAsync(StreamKey, [.. items.Select(i => (EntryType, Serialize(i)))]);

    private static string Serialize(InboxItem item) => EventJson.Serialize(new Record(item.Sequence, item.Envelope, item.AcceptedAt));

    /// <summary>The newest <paramref name="max"/> messages, oldest first; a sequence appended twice counts once.</summary>
    public async Task<IReadOnlyList<InboxItem>> RecentAsync(int max)
    {
        var entries = await store.ReadBeforeAsync(StreamKey, long.MaxValue, max);
        return [.. entries
            .Select(e => EventJson.Deserialize<Record>(e.Payload))
            .GroupBy(r => r.Sequence)
            .Select(g => g.Last())
            .OrderBy(r => r.Sequence)
            .Select(r => new InboxItem(r.Sequence, r.Envelope, r.AcceptedAt))];
    }

    private sealed record Record(long Sequence, MessageEnvelope Envelope, DateTimeOffset AcceptedAt);
}
