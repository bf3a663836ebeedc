using System.Globalization;
using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Screening;

namespace Hiring.Agents.Screening.Questions;

/// <summary>
/// The built-in screening questions for a candidate: one per qualification the evaluation found
/// Partial or Unknown for them (or did not assess at the current version), then one per must-have
/// it found NotMet or Met (the role's essentials); a nice-to-have the evaluation settled is not asked.
/// The wording is prompts/builtin/screening.yaml's, filled with the qualification; each question names
/// the qualification it probes.
/// </summary>
public sealed class QuestionWriter(ScreeningPhrases phrases)
{
    public IReadOnlyList<ScreeningQuestion> Write(IReadOnlyList<Qualification> qualifications, IReadOnlyList<QualificationAssessment> assessments, int? max = null)
    {
        var questions = new List<ScreeningQuestion>();
        foreach (var qualification in qualifications)
        {
            var verdict = VerdictOf(qualification, assessments);
            var essential = qualification.Kind == QualificationKind.MustHave;
            if (verdict is AssessmentVerdict.Partial or AssessmentVerdict.Unknown || essential)
            {
                questions.Add(new ScreeningQuestion(qualification.Id, qualification.Text, verdict, essential, Ask(qualification, verdict)));
            }
        }

        // What the evaluation could not confirm comes first; then the essentials, in the project's order.
        var ordered = questions.OrderBy(q => q.Verdict is AssessmentVerdict.Partial or AssessmentVerdict.Unknown ? 0 : 1).ToList();
        return max is > 0 ? [.. ordered.Take(max.Value)] : ordered;
    }

    /// <summary>The verdict of the candidate's latest assessment of the qualification's current version; Unknown when there is none.</summary>
    public static AssessmentVerdict VerdictOf(Qualification qualification, IReadOnlyList<QualificationAssessment> assessments) =>
        assessments.Where(a => a.QualificationId == qualification.Id && a.QualificationVersion == qualification.Version)
            .OrderByDescending(a => a.At).FirstOrDefault()?.Verdict ?? AssessmentVerdict.Unknown;

    private string Ask(Qualification qualification, AssessmentVerdict verdict)
    {
        var key = verdict switch
        {
            AssessmentVerdict.Partial => "partial",
            AssessmentVerdict.Unknown => "unknown",
            AssessmentVerdict.NotMet => "not_met",
            _ => "essential",
        };
        if (qualification.MinYears is not null && phrases.Questions.ContainsKey(key + "_years"))
        {
            key += "_years";
        }

        return phrases.Ask(
            key,
            ("subject", qualification.Subject is { Length: > 0 } subject ? subject : qualification.Text),
            ("qualification", qualification.Text),
            ("years", qualification.MinYears?.ToString(CultureInfo.InvariantCulture) ?? ""));
    }
}
