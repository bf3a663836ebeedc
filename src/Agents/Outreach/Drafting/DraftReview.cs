namespace Hiring.Agents.Outreach.Drafting;

/// <summary>What the checks found in a draft; it may go to the recruiter for approval only when nothing blocks it.</summary>
public sealed record DraftReview(IReadOnlyList<DraftIssue> Issues)
{
    public bool Passed => !Issues.Any(i => i.Blocking);

    public IEnumerable<DraftIssue> Of(DraftIssueKind kind) => Issues.Where(i => i.Kind == kind);
}
