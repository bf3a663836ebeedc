using Hiring.Agents.Outreach.Channels;
using Hiring.Contracts.Outreach;

namespace Hiring.Agents.Outreach.Contacts;

/// <summary>
/// Sends one message: the ledger decides, the message is recorded as queued, the channel delivers,
/// and the outcome is recorded. The retry rule: a key whose message is recorded as sent, delivered
/// or replied is never handed to a channel again (the earlier message is returned). A key whose
/// message is only queued (the process stopped between queuing and recording the outcome) or failed
/// is handed to the channel again with the same message id: the built-in channel delivers an id once,
/// so a delivery that happened but was never recorded is not repeated; SMTP cannot know and sends
/// again with the same Message-Id. A block recorded meanwhile (do-not-contact, unsubscribe) stops the
/// retry.
/// </summary>
public sealed class OutreachSender(ContactLedger ledger, IEnumerable<IOutreachChannel> channels, ICandidateAddressBook addresses, LinkSigner links)
{
    private readonly Dictionary<string, IOutreachChannel> _channels = channels.ToDictionary(c => c.Name, StringComparer.Ordinal);

    public Task<OutreachSendResult> SendAsync(OutreachSend send, CancellationToken cancellationToken = default) => SendAsync(send, null, cancellationToken);

    /// <summary>Sends <paramref name="send"/>; <paramref name="calendar"/> is an iCalendar invitation that goes with it (a screen's).</summary>
    public async Task<OutreachSendResult> SendAsync(OutreachSend send, string? calendar, CancellationToken cancellationToken = default)
    {
        if (Stopped(await ledger.CheckAsync(send, cancellationToken)) is { } early)
        {
            return early;
        }

        if (!_channels.TryGetValue(send.Channel, out var channel))
        {
            return Refused(ContactRefusalReason.UnknownChannel, $"No channel '{send.Channel}' is configured ({string.Join(", ", _channels.Keys)} are).");
        }

        if (await addresses.FindAsync(ledger.Tenant, send.CandidateId, cancellationToken) is not { } recipient)
        {
            return Refused(ContactRefusalReason.UnknownCandidate, $"No candidate {send.CandidateId} is in the tenant's pool or the public pool.");
        }

        if (!channel.CanReach(recipient))
        {
            return Refused(ContactRefusalReason.NoAddress, $"The {channel.Name} channel has no way to reach candidate {send.CandidateId}.");
        }

        var decision = await ledger.QueueAsync(send, cancellationToken);
        if (Stopped(decision) is { } late)
        {
            return late;
        }

        var message = decision.Message!;
        var receipt = await channel.SendAsync(
            new ChannelMessage(
                ledger.Tenant,
                message,
                recipient,
                links.ReadLink(ledger.Tenant, message.ThreadId, message.Id),
                links.UnsubscribeLink(ledger.Tenant, message.ThreadId, message.Id),
                ThreadStart(message),
                links.ReplyToken(ledger.Tenant, message.Id),
                calendar),
            cancellationToken);

        // Once the channel has taken it, the outcome is recorded even if the caller gives up now: that record is what keeps a retry from sending twice.
        await ledger.RecordStatusAsync(message.Id, receipt.Status, receipt.FailureReason, receipt.Reference, CancellationToken.None);
        return receipt.Succeeded
            ? new OutreachSendResult(OutreachSendOutcome.Sent, message, receipt.Status)
            : new OutreachSendResult(OutreachSendOutcome.Failed, message, ContactStatus.Failed, FailureReason: receipt.FailureReason);
    }

    private static OutreachSendResult? Stopped(ContactDecision decision) =>
        decision.Refusal is { } refusal ? new OutreachSendResult(OutreachSendOutcome.Refused, null, null, refusal)
        : decision.StopsHere ? new OutreachSendResult(OutreachSendOutcome.AlreadySent, decision.Message, decision.Status)
        : null;

    private static OutreachSendResult Refused(ContactRefusalReason reason, string detail) =>
        new(OutreachSendOutcome.Refused, null, null, new ContactRefusal(reason, detail));

    private ContactMessage? ThreadStart(ContactMessage message) =>
        message.Kind == ContactKind.FirstOutreach
            ? null
            : ledger.Index.Thread(message.ThreadId).FirstOrDefault(m => m.Kind == ContactKind.FirstOutreach && ledger.Index.StatusOf(m.Id) != ContactStatus.Failed);
}
