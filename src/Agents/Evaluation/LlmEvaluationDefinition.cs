using System.Globalization;
using System.Text;
using System.Text.Json;
using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Reasoning;
using Hiring.Reasoning.StructuredOutput;
using Hiring.Reasoning.Tasks;

namespace Hiring.Agents.Evaluation;

/// <summary>
/// Evaluation through prompts/evaluation.yaml. Every quote must be verbatim in the section it names
/// (whitespace aside) and every approved qualification must be assessed; otherwise the answer is
/// unusable, which after one repair makes the built-in engine answer instead.
/// </summary>
public sealed class LlmEvaluationDefinition(EvaluationRules rules, ConstraintChecks constraints, TimeProvider time) : ILlmTaskDefinition<EvaluationRequest, CandidateEvaluation>
{
    public string Name => EvaluationTask.Name;

    public ModelTier Tier => EvaluationTask.Tier;

    public string PromptName => EvaluationTask.PromptName;

    public IReadOnlyDictionary<string, object?> Arguments(EvaluationRequest input)
    {
        var profile = new StringBuilder();
        foreach (var section in ProfileSections.All(input.Masked))
        {
            profile.Append(CultureInfo.InvariantCulture, $"[{section.Name}] {section.Text}\n");
        }

        foreach (var (role, i) in input.Masked.Experiences.Select((r, i) => (r, i)))
        {
            profile.Append(CultureInfo.InvariantCulture, $"(experience[{i}] dates: {role.Start:yyyy-MM} to {(role.End is { } end ? end.ToString("yyyy-MM", CultureInfo.InvariantCulture) : "now")})\n");
        }

        var qualifications = new StringBuilder();
        foreach (var q in input.Qualifications)
        {
            qualifications.Append(CultureInfo.InvariantCulture, $"- id: {q.Id} | {q.Kind} | {q.Category} | subject: {q.Subject ?? "-"} | min years: {q.MinYears?.ToString(CultureInfo.InvariantCulture) ?? "-"} | {q.Text}\n");
        }

        return new Dictionary<string, object?>
        {
            ["profile"] = profile.ToString(),
            ["qualifications"] = qualifications.ToString(),
            ["today"] = time.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
    }

    public CandidateEvaluation Read(JsonElement json, EvaluationRequest input, Provenance provenance)
    {
        var answers = json.GetProperty("assessments").EnumerateArray().ToDictionary(a => JsonFields.Text(a, "qualification_id"), StringComparer.Ordinal);
        var now = time.GetUtcNow();
        var assessments = new List<QualificationAssessment>(input.Qualifications.Count);
        foreach (var qualification in input.Qualifications)
        {
            if (!answers.TryGetValue(qualification.Id, out var answer))
            {
                throw new UnusableOutputException($"Qualification {qualification.Id} was not assessed.");
            }

            var verdict = Enum.Parse<AssessmentVerdict>(JsonFields.Text(answer, "verdict"));
            var quotes = answer.GetProperty("quotes").EnumerateArray()
                .Select(q => new EvidenceQuote(JsonFields.Text(q, "section"), JsonFields.Text(q, "text")))
                .ToList();
            if (QuoteCheck.Invented(input.Masked, quotes) is { Count: > 0 } invented)
            {
                throw new UnusableOutputException(
                    $"For {qualification.Id}, the quote \"{invented[0].Text}\" is not verbatim in section '{invented[0].Section}'. Quote the profile exactly.");
            }

            if (verdict is AssessmentVerdict.Met or AssessmentVerdict.Partial && quotes.Count == 0)
            {
                throw new UnusableOutputException($"For {qualification.Id}, a {verdict} verdict needs at least one quote.");
            }

            double? years = answer.TryGetProperty("years", out var y) && y.ValueKind == JsonValueKind.Number ? y.GetDouble() : null;
            assessments.Add(new QualificationAssessment(
                input.Masked.Id, qualification.Id, qualification.Version, verdict, quotes, JsonFields.Text(answer, "rationale"), years, provenance, now));
        }

        return BuiltInEvaluator.Complete(rules, constraints, input, assessments, provenance);
    }

    public CandidateEvaluation WithProvenance(CandidateEvaluation output, Provenance provenance) => output with
    {
        Provenance = provenance,
        Assessments = [.. output.Assessments.Select(a => a with { Provenance = provenance })],
    };

    public Provenance ProvenanceOf(CandidateEvaluation output) => output.Provenance;
}
