using System.Globalization;
using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Reasoning;
using Hiring.Contracts.Screening;
using Hiring.Reasoning.Tasks;

namespace Hiring.Agents.Screening.Questions;

/// <summary>
/// The built-in screening questions for a candidate: one per qualification the evaluation found
/// Partial or Unknown for them (or did not assess at the current version), then one per must-have
/// it found NotMet or Met (the role's essentials); a nice-to-have the evaluation settled is not asked.
/// The wording is prompts/builtin/screening.yaml's, filled with the qualification; each question names
/// the qualification it probes.
/// </summary>
public sealed class QuestionWriter(ScreeningPhrases phrases) : IBuiltInTask<QuestionRequest, QuestionSet>
{
    public const string EngineName = "builtin:screening-questions";

    public string Name => ScreeningQuestionsTask.Name;

    public ModelTier Tier => ScreeningQuestionsTask.Tier;

    public Provenance Provenance => new(ReasoningEngine.BuiltIn, EngineName, Summaries.TranscriptSummarizer.ResourceName, phrases.Version, Tier);

    public Task<QuestionSet> RunAsync(QuestionRequest input, ReasoningContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(new QuestionSet(Write(input.Qualifications, input.Assessments, input.Max), Provenance));

    public IReadOnlyList<ScreeningQuestion> Write(IReadOnlyList<Qualification> qualifications, IReadOnlyList<QualificationAssessment> assessments, int? max = null) =>
        [.. Targets(new QuestionRequest(qualifications, assessments, max)).Select(t => new ScreeningQuestion(t.Qualification.Id, t.Qualification.Text, t.Verdict, t.Essential, Ask(t.Qualification, t.Verdict)))];

    /// <summary>
    /// The qualifications to ask about, whoever words the questions: what the evaluation could not confirm
    /// first, then the essentials, in the project's order, at most <see cref="QuestionRequest.Max"/>.
    /// </summary>
    public static IReadOnlyList<QuestionTarget> Targets(QuestionRequest request)
    {
        var targets = request.Qualifications
            .Select(q => new QuestionTarget(q, VerdictOf(q, request.Assessments), q.Kind == QualificationKind.MustHave))
            .Where(t => t.Unconfirmed || t.Essential)
            .OrderBy(t => t.Unconfirmed ? 0 : 1)
            .ToList();
        return request.Max is > 0 ? [.. targets.Take(request.Max.Value)] : targets;
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
