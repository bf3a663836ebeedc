namespace Hiring.Agents.Outreach.Channels;

/// <summary>
/// The built-in channel: the message goes into the candidate's in-app inbox, which the candidate
/// reaches through the signed link. It reaches every candidate and delivers a message id once.
/// </summary>
public sealed class BuiltInChannel(ICandidateInbox inbox, TimeProvider time) : IOutreachChannel
{
    public string Name => OutreachChannelNames.BuiltIn;

    public bool CanReach(CandidateContact recipient) => true;

    public async Task<DeliveryReceipt> SendAsync(ChannelMessage message, CancellationToken cancellationToken)
    {
        var sent = message.Message;
        var stored = await inbox.DeliverAsync(
            message.Tenant, new CandidateInboxMessage(sent.Id, sent.ThreadId, sent.CandidateId, sent.Subject, sent.Text, time.GetUtcNow()), cancellationToken);
        return DeliveryReceipt.Delivered($"inbox:{stored.ThreadId}/{stored.MessageId}");
    }
}
