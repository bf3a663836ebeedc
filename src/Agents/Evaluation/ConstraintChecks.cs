using Hiring.Agents.Sourcing.Constraints;
using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Talent;

namespace Hiring.Agents.Evaluation;

/// <summary>
/// The spec's constraints checked on a (masked) profile, the same for both engines: the location and
/// the current title's level, each with the quote it was read from and a rationale from evaluation.yaml.
/// </summary>
public sealed class ConstraintChecks(CandidateConstraints constraints, EvaluationRules rules)
{
    public IReadOnlyList<ConstraintCheck> Check(EvaluationRequest input)
    {
        if (input.Spec is null)
        {
            return [];
        }

        return [.. constraints.For(input.Spec).Check(input.Masked).Select(ToCheck)];
    }

    /// <summary>Whether the location is in the place as written, through the same location seam as the spec's constraints.</summary>
    public LocationMatch LivesIn(Location location, string place) => constraints.LivesIn(location, place);

    /// <summary>"Location: NotMet. Lives in Munich, Bavaria, DE, outside Berlin, DE."</summary>
    public string Describe(ConstraintCheck check) => $"{Name(check.Kind)}: {check.Verdict}. {check.Rationale}";

    public string Name(ConstraintKind kind) => rules.Say($"constraint_{Key(kind)}");

    private static string Key(ConstraintKind kind) => kind switch
    {
        ConstraintKind.Location => "location",
        ConstraintKind.Level => "level",
        _ => "title",
    };

    private ConstraintCheck ToCheck(ConstraintResult result)
    {
        var kind = Key(result.Kind);
        var verdict = result.Verdict switch
        {
            AssessmentVerdict.Met => "met",
            AssessmentVerdict.NotMet => "not_met",
            AssessmentVerdict.Partial => "partial",
            _ => "unknown",
        };
        var rationale = rules.Say($"constraint_{kind}_{verdict}", ("asked", result.Asked), ("found", result.Found), ("reading", result.Reading));
        return new ConstraintCheck(result.Kind, result.Verdict, result.Asked, result.Found, result.Evidence is { } quote ? [quote] : [], rationale);
    }
}
