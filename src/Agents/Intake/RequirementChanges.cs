using Hiring.Contracts.Projects;

namespace Hiring.Agents.Intake;

/// <summary>A refinement read: qualifications proposed (new or new versions), qualifications to remove, and the spec's change.</summary>
public sealed record RequirementChanges(IReadOnlyList<Qualification> Proposed, IReadOnlyList<Qualification> Removed, SpecChange Spec)
{
    public bool IsEmpty => Proposed.Count == 0 && Removed.Count == 0 && Spec.IsEmpty;
}
