using Hiring.Contracts.Evaluation;

namespace Hiring.Agents.Sourcing.Constraints;

/// <summary>One constraint against one profile: what was asked, what the profile shows, how it reads, and the quote that shows it.</summary>
/// <param name="Kind">Location or level.</param>
/// <param name="Verdict">Met, NotMet, or Unknown when the profile does not say.</param>
/// <param name="Asked">What the spec asks, in words.</param>
/// <param name="Found">What the profile shows: the location, or the current title.</param>
/// <param name="Reading">How the found value reads: the place it is in, or the title's level and track.</param>
/// <param name="Evidence">The quote of the profile section read.</param>
public sealed record ConstraintResult(ConstraintKind Kind, AssessmentVerdict Verdict, string Asked, string Found, string Reading, EvidenceQuote? Evidence)
{
    public bool Met => Verdict == AssessmentVerdict.Met;
}
