using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Projects;

namespace Hiring.Agents.Evaluation;

/// <summary>Short texts about evaluations for the recruiter: the must-have evidence in a line, and the payload JSON.</summary>
public static class EvidenceBrief
{
    private const int QuoteLength = 80;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>"go: \"Built services with Go…\"; kubernetes: …" for the must-haves that have evidence.</summary>
    public static string MustHaves(CandidateEvaluation evaluation, IReadOnlyList<Qualification> qualifications)
    {
        var lines = new List<string>();
        foreach (var qualification in qualifications.Where(q => q.Kind == QualificationKind.MustHave))
        {
            var assessment = evaluation.Assessments.FirstOrDefault(a => a.QualificationId == qualification.Id);
            if (assessment is null)
            {
                continue;
            }

            var label = qualification.Subject is { Length: > 0 } subject ? subject : qualification.Text;
            var quote = Telling(assessment.Evidence) is { } best ? $" \"{Shorten(best.Text)}\"" : "";
            lines.Add($"{label} {assessment.Verdict}{quote}");
        }

        return string.Join("; ", lines);
    }

    public static string Score(double score) => score.ToString("0.00", CultureInfo.InvariantCulture);

    public static string ToJson<T>(T value) => JsonSerializer.Serialize(value, Json);

    // A sentence from a role says more than a word from the skills list.
    private static EvidenceQuote? Telling(IReadOnlyList<EvidenceQuote> evidence) =>
        evidence.FirstOrDefault(q => q.Section.EndsWith(".description", StringComparison.Ordinal)) ?? (evidence.Count > 0 ? evidence[0] : null);

    private static string Shorten(string text) => text.Length <= QuoteLength ? text : string.Concat(text.AsSpan(0, QuoteLength - 1), "…");
}
