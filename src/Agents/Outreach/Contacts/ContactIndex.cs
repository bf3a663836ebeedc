using Hiring.Agents.Supervisor;
using Hiring.Contracts.Outreach;
using Hiring.Storage;

namespace Hiring.Agents.Outreach.Contacts;

/// <summary>
/// What a tenant's contact log says, held in memory: messages by key, id and thread, each message's
/// status history, the do-not-contact list, the unsubscribes and which conversations the recruiter has taken over. Built by applying the log's
/// entries in order; nothing else changes it.
/// </summary>
public sealed class ContactIndex
{
    private readonly Dictionary<string, ContactMessage> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ContactMessage> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ContactStatusChange>> _history = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ContactMessage>> _threads = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DoNotContactEntry> _doNotContact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UnsubscribeEntry> _unsubscribed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CandidateReply> _replies = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<CandidateReply>> _threadReplies = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ConversationControl> _control = new(StringComparer.Ordinal);

    /// <summary>The sequence of the last entry applied (0 before any).</summary>
    public long LastSequence { get; private set; }

    /// <summary>Applies one entry of the log; only the ledger calls it, in sequence order.</summary>
    internal void Apply(LogEntry entry)
    {
        switch (entry.Type)
        {
            case ContactEntryTypes.Queued:
                var message = EventJson.Deserialize<ContactMessage>(entry.Payload);
                _byKey[message.IdempotencyKey] = _byId[message.Id] = message;
                (_threads.TryGetValue(message.ThreadId, out var thread) ? thread : _threads[message.ThreadId] = []).Add(message);
                _history[message.Id] = [new ContactStatusChange(message.Id, ContactStatus.Queued, message.QueuedAt)];
                break;
            case ContactEntryTypes.Status:
                var change = EventJson.Deserialize<ContactStatusChange>(entry.Payload);
                if (_history.TryGetValue(change.MessageId, out var history))
                {
                    history.Add(change);
                }

                break;
            case ContactEntryTypes.DoNotContact:
                var blocked = EventJson.Deserialize<DoNotContactEntry>(entry.Payload);
                _doNotContact[blocked.CandidateId] = blocked;
                break;
            case ContactEntryTypes.Unsubscribed:
                var unsubscribed = EventJson.Deserialize<UnsubscribeEntry>(entry.Payload);
                _unsubscribed.TryAdd(unsubscribed.CandidateId, unsubscribed);
                break;
            case ContactEntryTypes.Reply:
                // Two owners may append the same reply in a race: the first one recorded is the reply.
                var reply = EventJson.Deserialize<CandidateReply>(entry.Payload);
                if (_replies.TryAdd(reply.Id, reply))
                {
                    (_threadReplies.TryGetValue(reply.ThreadId, out var replies) ? replies : _threadReplies[reply.ThreadId] = []).Add(reply);
                }

                break;
            case ContactEntryTypes.Control:
                var control = EventJson.Deserialize<ConversationControl>(entry.Payload);
                _control[control.ThreadId] = control;
                break;
        }

        LastSequence = entry.Sequence;
    }

    public ContactMessage? ByKey(string idempotencyKey) => _byKey.GetValueOrDefault(idempotencyKey);

    public ContactMessage? ById(string messageId) => _byId.GetValueOrDefault(messageId);

    /// <summary>The messages of a thread, oldest first.</summary>
    public IReadOnlyList<ContactMessage> Thread(string threadId) => _threads.GetValueOrDefault(threadId) ?? [];

    /// <summary>Every status a message went through, oldest first (Queued first).</summary>
    public IReadOnlyList<ContactStatusChange> History(string messageId) => _history.GetValueOrDefault(messageId) ?? [];

    /// <summary>
    /// The message's status: Replied once a reply is recorded (a late delivery report does not undo
    /// it), otherwise the last recorded.
    /// </summary>
    public ContactStatus StatusOf(string messageId)
    {
        var history = History(messageId);
        return history.Any(c => c.Status == ContactStatus.Replied) ? ContactStatus.Replied : history.Count > 0 ? history[^1].Status : ContactStatus.Queued;
    }

    public CandidateReply? Reply(string replyId) => _replies.GetValueOrDefault(replyId);

    /// <summary>The candidate's replies in a thread, oldest first.</summary>
    public IReadOnlyList<CandidateReply> Replies(string threadId) => _threadReplies.GetValueOrDefault(threadId) ?? [];

    /// <summary>The recruiter's take-over of the thread while it lasts; null when the assistant answers there.</summary>
    public ConversationControl? TakenOver(string threadId) =>
        _control.GetValueOrDefault(threadId) is { TakenOver: true } control ? control : null;

    /// <summary>The latest reply of any thread of the project, when any.</summary>
    public CandidateReply? LatestReplyIn(string projectId) =>
        _replies.Values.Where(r => r.ProjectId == projectId).OrderByDescending(r => r.At).FirstOrDefault();

    public DoNotContactEntry? DoNotContact(string candidateId) => _doNotContact.GetValueOrDefault(candidateId);

    public UnsubscribeEntry? Unsubscribe(string candidateId) => _unsubscribed.GetValueOrDefault(candidateId);
}
