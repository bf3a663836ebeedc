using Hiring.Contracts.Outreach;

namespace Hiring.Agents.Outreach.Channels;

/// <summary>
/// What a channel says about one message: taken (sent or delivered, with the channel's reference)
/// or not delivered, with the reason. Channels return a failure receipt; they do not throw for a
/// delivery that failed.
/// </summary>
public sealed record DeliveryReceipt(ContactStatus Status, string? Reference, string? FailureReason)
{
    public bool Succeeded => Status != ContactStatus.Failed;

    /// <summary>Handed to a server that will carry it on (SMTP).</summary>
    public static DeliveryReceipt Sent(string reference) => new(ContactStatus.Sent, reference, null);

    /// <summary>In the candidate's hands (the built-in inbox).</summary>
    public static DeliveryReceipt Delivered(string reference) => new(ContactStatus.Delivered, reference, null);

    public static DeliveryReceipt Failed(string reason) => new(ContactStatus.Failed, null, reason);
}
