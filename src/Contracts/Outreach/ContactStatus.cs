namespace Hiring.Contracts.Outreach;

/// <summary>Where an outgoing message stands, as the contact ledger last recorded it.</summary>
[GenerateSerializer, Alias("hiring.outreach.contact-status")]
public enum ContactStatus
{
    /// <summary>Recorded before it was handed to the channel; no outcome recorded yet.</summary>
    Queued = 0,

    /// <summary>The channel accepted it (an SMTP server took the message).</summary>
    Sent = 1,

    /// <summary>It reached the candidate (the built-in channel put it in the candidate's inbox).</summary>
    Delivered = 2,

    /// <summary>The channel did not deliver it; the status change says why. A retry may send it again.</summary>
    Failed = 3,

    /// <summary>The candidate replied to it.</summary>
    Replied = 4,
}
