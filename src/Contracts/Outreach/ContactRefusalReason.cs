namespace Hiring.Contracts.Outreach;

/// <summary>Why the contact ledger or the sender refused to send a message.</summary>
[GenerateSerializer, Alias("hiring.outreach.contact-refusal-reason")]
public enum ContactRefusalReason
{
    /// <summary>The candidate already had a first outreach for this project (one that did not fail).</summary>
    AlreadyContacted = 0,

    /// <summary>The thread already has the two follow-ups allowed.</summary>
    FollowUpLimitReached = 1,

    /// <summary>A follow-up was asked for, but no first outreach of the thread was sent.</summary>
    NoFirstOutreach = 2,

    /// <summary>The candidate replied in the thread, so no follow-up goes out.</summary>
    CandidateReplied = 3,

    /// <summary>The candidate is on the tenant's do-not-contact list (every channel).</summary>
    DoNotContact = 4,

    /// <summary>The candidate unsubscribed (every channel, from the moment it was recorded).</summary>
    Unsubscribed = 5,

    /// <summary>No profile with the candidate id is in the tenant's pool or the public pool.</summary>
    UnknownCandidate = 6,

    /// <summary>The channel cannot reach the candidate (for email: no usable address).</summary>
    NoAddress = 7,

    /// <summary>The message is malformed: an empty or too long text or subject, or a missing id or key.</summary>
    InvalidMessage = 8,

    /// <summary>The idempotency key was already used for a different message.</summary>
    IdempotencyKeyReused = 9,

    /// <summary>No channel of that name is configured.</summary>
    UnknownChannel = 10,
}
