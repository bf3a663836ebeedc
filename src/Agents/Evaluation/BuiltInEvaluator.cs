using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Reasoning;
using Hiring.Reasoning.Tasks;
using Hiring.Talent.Search;

namespace Hiring.Agents.Evaluation;

/// <summary>
/// The built-in engine's evaluation: deterministic rules per qualification category (taxonomy and
/// synonyms, dated-experience arithmetic, MiniLM similarity for "Other"), quoting the masked profile verbatim.
/// </summary>
public sealed class BuiltInEvaluator(TalentTaxonomy taxonomy, EvaluationRules rules, SimilarityAssessment similarity, ConstraintChecks constraints, TimeProvider time)
    : IBuiltInTask<EvaluationRequest, CandidateEvaluation>
{
    public const string EngineName = "builtin:evaluator";

    public string Name => EvaluationTask.Name;

    public ModelTier Tier => EvaluationTask.Tier;

    public Provenance Provenance => new(ReasoningEngine.BuiltIn, EngineName, EvaluationRules.ResourceName, rules.Version, Tier);

    public Task<CandidateEvaluation> RunAsync(EvaluationRequest input, ReasoningContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(Evaluate(input, cancellationToken));

    public CandidateEvaluation Evaluate(EvaluationRequest input, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var reading = new ProfileReading(input.Masked, taxonomy, rules, DateOnly.FromDateTime(now.UtcDateTime));
        var provenance = Provenance;
        var assessments = new List<QualificationAssessment>(input.Qualifications.Count);
        foreach (var qualification in input.Qualifications)
        {
            var draft = Assess(reading, qualification, cancellationToken);
            assessments.Add(new QualificationAssessment(
                input.Masked.Id, qualification.Id, qualification.Version, draft.Verdict, draft.Evidence, draft.Rationale, draft.Years, provenance, now));
        }

        return Complete(rules, constraints, input, assessments, provenance);
    }

    /// <summary>Constraint checks, score, recommendation and summary from the assessments (shared with the LLM path).</summary>
    public static CandidateEvaluation Complete(EvaluationRules rules, ConstraintChecks constraints, EvaluationRequest input, IReadOnlyList<QualificationAssessment> assessments, Provenance provenance)
    {
        var checks = constraints.Check(input);
        var score = EvaluationScorer.Score(input.Qualifications, assessments);
        var recommendation = EvaluationScorer.Recommend(input.Qualifications, assessments, checks);
        var summary = EvaluationScorer.Summarize(rules, input.Qualifications, assessments, score, recommendation);
        var failed = checks.Where(c => c.Verdict != AssessmentVerdict.Met).Select(c => c.Rationale.TrimEnd('.')).ToList();
        if (failed.Count > 0)
        {
            summary += rules.Say("summary_constraints", ("failed", string.Join("; ", failed)));
        }

        return new CandidateEvaluation(input.Masked.Id, assessments, score, recommendation, summary, provenance, checks);
    }

    private AssessmentDraft Assess(ProfileReading reading, Qualification qualification, CancellationToken cancellationToken) => qualification.Category switch
    {
        QualificationCategory.Skill => SkillAssessment.Assess(reading, qualification),
        QualificationCategory.Experience => ExperienceAssessment.Assess(reading, qualification),
        QualificationCategory.Title => TitleAssessment.Assess(reading, qualification),
        QualificationCategory.Location => PlaceAssessment.Assess(reading, qualification, constraints),
        QualificationCategory.Education => EducationAssessment.Assess(reading, qualification),
        QualificationCategory.Language => LanguageAssessment.Assess(reading, qualification),
        _ => similarity.Assess(reading, qualification, cancellationToken),
    };
}
