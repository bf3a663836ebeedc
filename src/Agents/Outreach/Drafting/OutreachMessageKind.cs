namespace Hiring.Agents.Outreach.Drafting;

/// <summary>Where a message stands in a sequence.</summary>
public enum OutreachMessageKind
{
    First,
    FollowUp,
}
