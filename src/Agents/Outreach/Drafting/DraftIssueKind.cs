namespace Hiring.Agents.Outreach.Drafting;

/// <summary>What a draft check found.</summary>
public enum DraftIssueKind
{
    /// <summary>A cited fact that is not in the profile: the draft is rejected.</summary>
    FabricatedFact,

    /// <summary>No profile fact is cited: the message is honest but not personal (a warning).</summary>
    NoProfileFact,

    /// <summary>The message policy refused a phrase about a protected attribute.</summary>
    ProtectedAttribute,

    /// <summary>A promise (money, equity, remote, visa …) the spec and FAQ do not state.</summary>
    UnsupportedPromise,

    /// <summary>Longer than the length setting allows.</summary>
    TooLong,
}
