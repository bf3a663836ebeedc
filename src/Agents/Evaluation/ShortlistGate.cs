using Hiring.Agents.Sourcing.Constraints;
using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Projects;

namespace Hiring.Agents.Evaluation;

/// <summary>
/// The one gate to the shortlist, whichever path proposes a candidate (evaluate-candidates, the
/// sourcing loop's final shortlist) and again when the approved shortlist is applied: every approved
/// must-have Met in the evaluation of its current version, and every constraint of the spec Met.
/// </summary>
public sealed class ShortlistGate(CandidateConstraints constraints)
{
    public GateDecision Check(CandidateEvaluation? evaluation, IReadOnlyList<Qualification> approved, JobSpec? spec)
    {
        if (evaluation is null)
        {
            return GateDecision.Held("not evaluated yet");
        }

        foreach (var must in approved.Where(q => q.Kind == QualificationKind.MustHave))
        {
            var assessment = evaluation.Assessments.LastOrDefault(a => a.QualificationId == must.Id);
            var label = must.Subject is { Length: > 0 } subject ? subject : must.Text;
            if (assessment is null || assessment.QualificationVersion != must.Version)
            {
                return GateDecision.Held($"{label} not assessed in its current version");
            }

            if (assessment.Verdict != AssessmentVerdict.Met)
            {
                return GateDecision.Held($"{label} {assessment.Verdict}");
            }
        }

        if (spec is null)
        {
            return GateDecision.Passed;
        }

        var checks = evaluation.Constraints ?? [];
        foreach (var kind in constraints.For(spec).Kinds)
        {
            var check = checks.FirstOrDefault(c => c.Kind == kind);
            if (check is null)
            {
                return GateDecision.Held($"{kind.ToString().ToLowerInvariant()} not checked");
            }

            if (check.Verdict != AssessmentVerdict.Met)
            {
                return GateDecision.Held($"{kind.ToString().ToLowerInvariant()} {check.Verdict}: {check.Found} ({check.Asked} asked)");
            }
        }

        return GateDecision.Passed;
    }
}
