namespace Hiring.Contracts.Outreach;

/// <summary>What became of a send.</summary>
[GenerateSerializer, Alias("hiring.outreach.outreach-send-outcome")]
public enum OutreachSendOutcome
{
    /// <summary>The channel took the message (sent or delivered).</summary>
    Sent = 0,

    /// <summary>The idempotency key was already sent: the earlier message is returned and nothing is delivered again.</summary>
    AlreadySent = 1,

    /// <summary>The ledger or the sender refused it before anything was queued or delivered.</summary>
    Refused = 2,

    /// <summary>The channel did not deliver it; the ledger records the failure and a retry may send it again.</summary>
    Failed = 3,
}
