namespace Hiring.Contracts.Outreach;

/// <summary>Whether a message opens a conversation with a candidate about a role or follows one up.</summary>
[GenerateSerializer, Alias("hiring.outreach.contact-kind")]
public enum ContactKind
{
    /// <summary>The first message to a candidate about a project's role: at most one per candidate and project.</summary>
    FirstOutreach = 0,

    /// <summary>A follow-up in the thread a first outreach opened: at most two, none after a reply.</summary>
    FollowUp = 1,

    /// <summary>About a screen (the slots offered, the invitation, its update or cancellation): refused only for a blocked candidate, and no follow-up.</summary>
    Scheduling = 2,

    /// <summary>An answer to a candidate's question in their thread (how they were found): refused only for a blocked candidate, and no follow-up.</summary>
    Answer = 3,
}
