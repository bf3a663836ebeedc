using Hiring.Contracts.Outreach;

namespace Hiring.Agents.Outreach.Contacts;

/// <summary>
/// The ledger's answer to a send: a new message to deliver, a message the idempotency key already
/// recorded (with its last status), or a refusal.
/// </summary>
public sealed record ContactDecision(ContactMessage? Message, ContactStatus? Status, ContactRefusal? Refusal)
{
    /// <summary>True when the key was recorded before (the message is the earlier one).</summary>
    public bool IsEarlier => Status is not null;

    /// <summary>True when nothing may be delivered: refused, or the earlier message already went out.</summary>
    public bool StopsHere => Refusal is not null || Status is ContactStatus.Sent or ContactStatus.Delivered or ContactStatus.Replied;

    public static ContactDecision New(ContactMessage message) => new(message, null, null);

    public static ContactDecision Earlier(ContactMessage message, ContactStatus status) => new(message, status, null);

    public static ContactDecision Refuse(ContactRefusalReason reason, string detail) => new(null, null, new ContactRefusal(reason, detail));
}
