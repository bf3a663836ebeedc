namespace Hiring.Contracts.Supervisor;

/// <summary>The codes of <see cref="AssistantRefusalException"/>.</summary>
public static class RefusalCodes
{
    /// <summary>The recruiter's inbox holds as many unprocessed messages as it may.</summary>
    public const string InboxFull = "INBOX_FULL";

    /// <summary>The message is larger than the limit.</summary>
    public const string TooLarge = "MESSAGE_TOO_LARGE";

    /// <summary>The input is malformed (empty text, bad id).</summary>
    public const string Invalid = "BAD_USER_INPUT";

    /// <summary>No such thing, or it belongs to another tenant (the two are indistinguishable on purpose).</summary>
    public const string NotFound = "NOT_FOUND";

    /// <summary>The caller's tenant is not the grain's tenant.</summary>
    public const string Forbidden = "FORBIDDEN";

    /// <summary>The approval was decided before; a decision is final.</summary>
    public const string AlreadyDecided = "ALREADY_DECIDED";

    /// <summary>The agent cannot do this yet.</summary>
    public const string NotAvailable = "NOT_AVAILABLE";

    /// <summary>What was asked for was taken meanwhile (a screen slot booked by someone else).</summary>
    public const string Conflict = "CONFLICT";
}
