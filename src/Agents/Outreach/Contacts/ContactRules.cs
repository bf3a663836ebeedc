using Hiring.Contracts.Outreach;

namespace Hiring.Agents.Outreach.Contacts;

/// <summary>
/// Decides a send against what the ledger holds: a malformed message, a reused key, a blocked
/// candidate, a second first outreach and a follow-up out of turn are refused. A key already sent
/// returns the earlier message; a key only queued or failed returns it too, once it passes the same
/// checks as a new send (a failed first outreach is not sent again after another one went out).
/// </summary>
public static class ContactRules
{
    public static ContactDecision Decide(ContactIndex index, OutreachSend send, DateTimeOffset now)
    {
        if (Malformed(send) is { } problem)
        {
            return ContactDecision.Refuse(ContactRefusalReason.InvalidMessage, problem);
        }

        var textHash = ContactIds.TextHash(send.Subject, send.Text);
        var earlier = index.ByKey(send.IdempotencyKey);
        if (earlier is not null && !SameSend(earlier, send, textHash))
        {
            return ContactDecision.Refuse(ContactRefusalReason.IdempotencyKeyReused, $"The key '{send.IdempotencyKey}' was used for message {earlier.Id}, with other content.");
        }

        if (earlier is not null && index.StatusOf(earlier.Id) is ContactStatus.Sent or ContactStatus.Delivered or ContactStatus.Replied)
        {
            return ContactDecision.Earlier(earlier, index.StatusOf(earlier.Id));
        }

        if (Blocked(index, send.CandidateId) is { } blocked)
        {
            return blocked;
        }

        // A queued or failed message that is sent again is judged like a new one, against the rest of its thread.
        var threadId = ContactIds.Thread(send.ProjectId, send.CandidateId);
        var live = index.Thread(threadId).Where(m => m.Id != earlier?.Id && index.StatusOf(m.Id) != ContactStatus.Failed).ToList();
        if (OutOfTurn(index, send.Kind, live) is { } outOfTurn)
        {
            return outOfTurn;
        }

        return earlier is not null
            ? ContactDecision.Earlier(earlier, index.StatusOf(earlier.Id))
            : ContactDecision.New(new ContactMessage(
                ContactIds.Message(send.IdempotencyKey), threadId, send.CandidateId, send.ProjectId, send.Kind, send.Channel,
                send.IdempotencyKey, send.Subject, send.Text, textHash, now));
    }

    private static string? Malformed(OutreachSend send) =>
        BadId(send.IdempotencyKey, "idempotency key") ?? BadId(send.CandidateId, "candidate id") ?? BadId(send.ProjectId, "project id") ?? BadId(send.Channel, "channel")
        ?? (string.IsNullOrWhiteSpace(send.Text) ? "The message has no text." : null)
        ?? (send.Text.Length > ContactLimits.MaxTextLength ? $"The text has {send.Text.Length} characters; at most {ContactLimits.MaxTextLength} are sent." : null)
        ?? (string.IsNullOrWhiteSpace(send.Subject) ? "The message has no subject." : null)
        ?? (send.Subject.Length > ContactLimits.MaxSubjectLength || send.Subject.Any(char.IsControl) ? $"The subject must be one line of at most {ContactLimits.MaxSubjectLength} characters." : null)
        ?? (Enum.IsDefined(send.Kind) ? null : $"'{send.Kind}' is not a kind of message.");

    private static string? BadId(string? id, string what) =>
        string.IsNullOrWhiteSpace(id) || id.Length > ContactLimits.MaxIdLength || id.Any(char.IsControl)
            ? $"The {what} must be a non-empty line of at most {ContactLimits.MaxIdLength} characters."
            : null;

    private static ContactDecision? Blocked(ContactIndex index, string candidateId) =>
        index.DoNotContact(candidateId) is { } entry
            ? ContactDecision.Refuse(ContactRefusalReason.DoNotContact, $"Candidate {candidateId} is on the do-not-contact list since {entry.At:u} ({entry.Reason}).")
            : index.Unsubscribe(candidateId) is { } unsubscribed
                ? ContactDecision.Refuse(ContactRefusalReason.Unsubscribed, $"Candidate {candidateId} unsubscribed on {unsubscribed.At:u}.")
                : null;

    private static bool SameSend(ContactMessage earlier, OutreachSend send, string textHash) =>
        earlier.TextHash == textHash && earlier.CandidateId == send.CandidateId && earlier.ProjectId == send.ProjectId
        && earlier.Kind == send.Kind && earlier.Channel == send.Channel;

    /// <summary>Refuses a second first outreach, and a follow-up without a sent first one, after a reply or past the limit.</summary>
    private static ContactDecision? OutOfTurn(ContactIndex index, ContactKind kind, IReadOnlyList<ContactMessage> live)
    {
        if (kind is ContactKind.Scheduling or ContactKind.Answer)
        {
            // Scheduling and answers answer the conversation (often a reply): only a block stops them.
            return null;
        }

        var first = live.FirstOrDefault(m => m.Kind == ContactKind.FirstOutreach);
        if (kind == ContactKind.FirstOutreach)
        {
            return first is null ? null : ContactDecision.Refuse(
                ContactRefusalReason.AlreadyContacted, $"The candidate already had a first outreach for this project: message {first.Id} ({index.StatusOf(first.Id)}).");
        }

        if (first is null || index.StatusOf(first.Id) == ContactStatus.Queued)
        {
            return ContactDecision.Refuse(ContactRefusalReason.NoFirstOutreach, "A follow-up needs a first outreach that was sent in this thread.");
        }

        if (live.Any(m => index.StatusOf(m.Id) == ContactStatus.Replied))
        {
            return ContactDecision.Refuse(ContactRefusalReason.CandidateReplied, "The candidate replied in this thread, so no follow-up goes out.");
        }

        var followUps = live.Count(m => m.Kind == ContactKind.FollowUp);
        return followUps >= ContactLimits.MaxFollowUps
            ? ContactDecision.Refuse(ContactRefusalReason.FollowUpLimitReached, $"The thread already has {followUps} follow-ups; at most {ContactLimits.MaxFollowUps} are sent.")
            : null;
    }
}
