using Hiring.Agents.Identity;
using Hiring.Agents.Supervisor;
using Hiring.Contracts.Outreach;
using Hiring.Storage;

namespace Hiring.Agents.Outreach.Contacts;

/// <summary>
/// A tenant's contact ledger: every outgoing message and its delivery status, the do-not-contact
/// list and the unsubscribes, in one append-only log per tenant, with an in-memory index rebuilt
/// from it on load. Each decision first reads what other owners appended since (an unsubscribe
/// recorded by another project's grain is honoured at once), and each append names the sequence it
/// decided on, so two owners of one tenant's ledger never both queue a first outreach. One instance
/// is not thread-safe: its owner (a grain) calls it one turn at a time.
/// </summary>
public sealed class ContactLedger
{
    private const int Page = 500;
    private const int MaxConflicts = 5;

    private readonly ILogStore _store;
    private readonly TimeProvider _time;
    private readonly string _streamKey;
    private readonly ContactIndex _index = new();

    private ContactLedger(string tenant, ILogStore store, TimeProvider time)
    {
        Tenant = tenant;
        _store = store;
        _time = time;
        _streamKey = $"contacts/{tenant}";
    }

    public string Tenant { get; }

    /// <summary>What the ledger holds, as of its last read of the log.</summary>
    public ContactIndex Index => _index;

    /// <summary>Reads the tenant's whole log into a new ledger.</summary>
    public static async Task<ContactLedger> LoadAsync(string tenant, ILogStore store, TimeProvider time, CancellationToken cancellationToken = default)
    {
        if (!GrainKeys.IsValidSegment(tenant))
        {
            throw new ArgumentException($"'{tenant}' is not a valid tenant id.", nameof(tenant));
        }

        var ledger = new ContactLedger(tenant, store, time);
        await ledger.RefreshAsync(cancellationToken);
        return ledger;
    }

    /// <summary>Applies what was appended to the log since the last read.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var entries = await _store.ReadAfterAsync(_streamKey, _index.LastSequence, Page, cancellationToken);
            foreach (var entry in entries)
            {
                _index.Apply(entry);
            }

            if (entries.Count < Page)
            {
                return;
            }
        }
    }

    /// <summary>Decides the send against the latest log, recording nothing.</summary>
    public async Task<ContactDecision> CheckAsync(OutreachSend send, CancellationToken cancellationToken = default)
    {
        await RefreshAsync(cancellationToken);
        return ContactRules.Decide(_index, send, _time.GetUtcNow());
    }

    /// <summary>
    /// Decides the send and, when it is new, records it as queued before anything is delivered. A
    /// recorded key returns the earlier message and its status; a refusal records nothing.
    /// </summary>
    public async Task<ContactDecision> QueueAsync(OutreachSend send, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            var decision = await CheckAsync(send, cancellationToken);
            if (decision.Refusal is not null || decision.IsEarlier)
            {
                return decision;
            }

            try
            {
                await AppendAsync(ContactEntryTypes.Queued, decision.Message!, _index.LastSequence, cancellationToken);
                return decision;
            }
            catch (LogSequenceConflictException) when (attempt < MaxConflicts)
            {
                // Another owner appended since the read: decide again on what it wrote.
            }
        }
    }

    /// <summary>Records a message's new delivery status (sent, delivered, failed with a reason, replied).</summary>
    public async Task RecordStatusAsync(string messageId, ContactStatus status, string? reason = null, string? reference = null, CancellationToken cancellationToken = default)
    {
        await RefreshAsync(cancellationToken);
        if (_index.ById(messageId) is null)
        {
            throw new ArgumentException($"No message {messageId} is in the contact ledger of {Tenant}.", nameof(messageId));
        }

        await AppendAsync(ContactEntryTypes.Status, new ContactStatusChange(messageId, status, _time.GetUtcNow(), reason, reference), null, cancellationToken);
    }

    /// <summary>
    /// Records a candidate's reply once and, unless it is an away message, marks the message replied
    /// (so no follow-up goes out).
    /// Returns the reply as recorded and whether it is new: a reply id recorded before returns the
    /// earlier reply and records nothing.
    /// </summary>
    public async Task<(CandidateReply Reply, bool IsNew)> RecordReplyAsync(CandidateReply reply, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            await RefreshAsync(cancellationToken);
            if (_index.Reply(reply.Id) is { } earlier)
            {
                return (earlier, false);
            }

            if (_index.ById(reply.MessageId) is not { } message || message.ThreadId != reply.ThreadId)
            {
                throw new ArgumentException($"No message {reply.MessageId} in thread {reply.ThreadId} is in the contact ledger of {Tenant}.", nameof(reply));
            }

            try
            {
                await AppendAsync(ContactEntryTypes.Reply, reply, _index.LastSequence, cancellationToken);
                break;
            }
            catch (LogSequenceConflictException) when (attempt < MaxConflicts)
            {
                // Another owner appended since the read: look again whether it was this reply.
            }
        }

        // An away message is no answer: it is kept, but the thread stays open to follow-ups.
        if (reply.Kind != ReplyKind.OutOfOffice && _index.StatusOf(reply.MessageId) != ContactStatus.Replied)
        {
            await AppendAsync(ContactEntryTypes.Status, new ContactStatusChange(reply.MessageId, ContactStatus.Replied, reply.At), null, cancellationToken);
        }

        return (reply, true);
    }

    /// <summary>Puts a candidate on the do-not-contact list: every later send to them, on any channel, is refused.</summary>
    public Task AddDoNotContactAsync(string candidateId, string reason, string by, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(candidateId);
        return AppendAsync(ContactEntryTypes.DoNotContact, new DoNotContactEntry(candidateId, reason, by, _time.GetUtcNow()), null, cancellationToken);
    }

    /// <summary>Records a candidate's unsubscribe: every send checked from now on, on any channel, is refused.</summary>
    public Task RecordUnsubscribeAsync(string candidateId, string channel, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(candidateId);
        return AppendAsync(ContactEntryTypes.Unsubscribed, new UnsubscribeEntry(candidateId, channel, _time.GetUtcNow()), null, cancellationToken);
    }

    /// <summary>Records that the recruiter took a conversation over or handed it back.</summary>
    public Task RecordControlAsync(ConversationControl control, CancellationToken cancellationToken = default) =>
        AppendAsync(ContactEntryTypes.Control, control, null, cancellationToken);

    private async Task AppendAsync<T>(string type, T payload, long? expectedLastSequence, CancellationToken cancellationToken)
    {
        await _store.AppendAsync(_streamKey, [(type, EventJson.Serialize(payload))], expectedLastSequence, cancellationToken);
        await RefreshAsync(cancellationToken);
    }
}
