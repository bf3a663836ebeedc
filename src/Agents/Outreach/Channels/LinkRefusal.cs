namespace Hiring.Agents.Outreach.Channels;

/// <summary>Why a link was refused.</summary>
public enum LinkRefusal
{
    /// <summary>Not a link this gateway writes.</summary>
    Malformed = 1,

    /// <summary>The signature does not match what the link says: it was changed or forged.</summary>
    Tampered = 2,

    /// <summary>Signed correctly, but past its expiry.</summary>
    Expired = 3,

    /// <summary>Signed correctly for another purpose (a read link used to unsubscribe, or the reverse).</summary>
    WrongPurpose = 4,
}
