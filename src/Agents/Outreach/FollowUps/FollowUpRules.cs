using Hiring.Agents.Outreach.Contacts;
using Hiring.Contracts.Outreach;

namespace Hiring.Agents.Outreach.FollowUps;

/// <summary>
/// Whether a thread may have a follow-up, from what the contact ledger holds: only after a first
/// outreach that went out, never after any reply (an away message too: the candidate has written
/// back, and the recruiter decides what comes next), never to a blocked or unsubscribed candidate,
/// and at most <see cref="ContactLimits.MaxFollowUps"/>. The ledger checks the same again at send time.
/// </summary>
public static class FollowUpRules
{
    /// <summary>The thread's next follow-up, or null when it may have none.</summary>
    public static FollowUpTurn? Next(ContactIndex index, string projectId, string candidateId)
    {
        var threadId = ContactIds.Thread(projectId, candidateId);
        var live = index.Thread(threadId).Where(m => index.StatusOf(m.Id) != ContactStatus.Failed).ToList();
        var first = live.Find(m => m.Kind == ContactKind.FirstOutreach);
        if (first is null || index.StatusOf(first.Id) == ContactStatus.Queued || index.Replies(threadId).Count > 0
            || index.DoNotContact(candidateId) is not null || index.Unsubscribe(candidateId) is not null)
        {
            return null;
        }

        var sent = live.Count(m => m.Kind == ContactKind.FollowUp);
        return sent < ContactLimits.MaxFollowUps ? new FollowUpTurn(sent + 1, first) : null;
    }
}
