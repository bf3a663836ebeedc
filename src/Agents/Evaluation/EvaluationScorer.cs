using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Projects;

namespace Hiring.Agents.Evaluation;

/// <summary>
/// The overall score and recommendation from the verdicts, the same for both engines: score is the
/// weighted share of credit (Met 1, Partial 0.5); any must-have NotMet is NotAMatch; every must-have
/// Met is a Match, and a StrongMatch when more than half the nice-to-haves are Met too; else Possible.
/// Constraints (place, level) are filters: one NotMet is NotAMatch, one Unknown is at most Possible,
/// so a candidate outside them is never recommended as a Match or StrongMatch.
/// </summary>
public static class EvaluationScorer
{
    public static double Score(IReadOnlyList<Qualification> qualifications, IReadOnlyList<QualificationAssessment> assessments)
    {
        double total = 0, earned = 0;
        foreach (var qualification in qualifications)
        {
            var weight = qualification.Weight > 0 ? qualification.Weight : 1;
            total += weight;
            earned += weight * Credit(VerdictOf(qualification, assessments));
        }

        return total == 0 ? 0 : Math.Round(earned / total, 3);
    }

    public static Recommendation Recommend(IReadOnlyList<Qualification> qualifications, IReadOnlyList<QualificationAssessment> assessments, IReadOnlyList<ConstraintCheck>? constraints = null)
    {
        var must = qualifications.Where(q => q.Kind == QualificationKind.MustHave).Select(q => VerdictOf(q, assessments)).ToList();
        var nice = qualifications.Where(q => q.Kind == QualificationKind.NiceToHave).Select(q => VerdictOf(q, assessments)).ToList();
        var limits = (constraints ?? []).Select(c => c.Verdict).ToList();
        if (must.Contains(AssessmentVerdict.NotMet) || limits.Contains(AssessmentVerdict.NotMet))
        {
            return Recommendation.NotAMatch;
        }

        if (must.Exists(v => v != AssessmentVerdict.Met) || limits.Exists(v => v != AssessmentVerdict.Met))
        {
            return Recommendation.Possible;
        }

        return nice.Count > 0 && nice.Count(v => v == AssessmentVerdict.Met) * 2 > nice.Count
            ? Recommendation.StrongMatch
            : Recommendation.Match;
    }

    public static string Summarize(EvaluationRules rules, IReadOnlyList<Qualification> qualifications, IReadOnlyList<QualificationAssessment> assessments, double score, Recommendation recommendation)
    {
        int Met(QualificationKind kind) => qualifications.Count(q => q.Kind == kind && VerdictOf(q, assessments) == AssessmentVerdict.Met);
        int Total(QualificationKind kind) => qualifications.Count(q => q.Kind == kind);
        return rules.Say(
            "summary",
            ("recommendation", Describe(rules, recommendation)),
            ("must_met", ProfileReading.Number(Met(QualificationKind.MustHave))),
            ("must_total", ProfileReading.Number(Total(QualificationKind.MustHave))),
            ("nice_met", ProfileReading.Number(Met(QualificationKind.NiceToHave))),
            ("nice_total", ProfileReading.Number(Total(QualificationKind.NiceToHave))),
            ("score", score.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)));
    }

    public static string Describe(EvaluationRules rules, Recommendation recommendation) => recommendation switch
    {
        Recommendation.StrongMatch => rules.Say("recommendation_strong_match"),
        Recommendation.Match => rules.Say("recommendation_match"),
        Recommendation.Possible => rules.Say("recommendation_possible"),
        _ => rules.Say("recommendation_not_a_match"),
    };

    public static bool IsGood(Recommendation recommendation) => recommendation is Recommendation.Match or Recommendation.StrongMatch;

    private static double Credit(AssessmentVerdict verdict) => verdict switch
    {
        AssessmentVerdict.Met => 1,
        AssessmentVerdict.Partial => 0.5,
        _ => 0,
    };

    private static AssessmentVerdict VerdictOf(Qualification qualification, IReadOnlyList<QualificationAssessment> assessments)
    {
        foreach (var assessment in assessments)
        {
            if (assessment.QualificationId == qualification.Id)
            {
                return assessment.Verdict;
            }
        }

        return AssessmentVerdict.Unknown;
    }
}
