using Hiring.Agents.Supervisor.State;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Supervisor;

/// <summary>
/// Moves the inbox and receipts of version 1 supervisor state into the <see cref="InboxLog"/>, so
/// waiting messages are still planned and a repeated client message id is still recognised.
/// The log is appended before the state is cleared: a crash in between appends again, and the
/// log reads a repeated sequence once.
/// </summary>
public static class InboxMigration
{
    public static bool IsNeeded(SupervisorState state) => state.LegacyInbox.Count > 0 || state.LegacyReceipts.Count > 0;

    public static async Task MoveAsync(SupervisorState state, InboxLog inbox, Func<Task> save)
    {
        var waiting = state.LegacyInbox.ToDictionary(i => i.Sequence);
        // A processed message's text is no longer needed: only its receipt is.
        var items = state.LegacyReceipts
            .Where(r => !waiting.ContainsKey(r.InboxSequence))
            .Select(r => new InboxItem(r.InboxSequence, new MessageEnvelope(r.ClientMessageId, ""), r.AcceptedAt))
            .Concat(waiting.Values)
            .OrderBy(i => i.Sequence)
            .ToList();
        await inbox.AppendAsync(items);

        // Version 1 processed the inbox in order: everything before the oldest waiting message is done.
        state.ProcessedThrough = waiting.Count > 0 ? waiting.Keys.Min() - 1 : state.LastInboxSequence;
        state.LegacyInbox = [];
        state.LegacyReceipts = [];
        await save();
    }
}
