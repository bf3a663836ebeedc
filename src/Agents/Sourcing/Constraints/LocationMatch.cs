using Hiring.Contracts.Evaluation;

namespace Hiring.Agents.Sourcing.Constraints;

/// <summary>A location against a spec's places: Met (with the place it is in), NotMet, or Unknown when the profile names no place.</summary>
public sealed record LocationMatch(AssessmentVerdict Verdict, string? Place = null)
{
    public static LocationMatch Unknown { get; } = new(AssessmentVerdict.Unknown);

    public static LocationMatch NotIn { get; } = new(AssessmentVerdict.NotMet);
}
