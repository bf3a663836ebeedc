using System.Text;
using System.Text.Json;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Talent;
using Hiring.Evals.Cases;
using Hiring.Talent.Import.Formats;

namespace Hiring.Evals.Suites.Evaluation;

/// <summary>A hand-written case of <c>cases/evaluation</c>: its JSON Resume profile imported through the product's JSON Resume import.</summary>
public static class ResumeCases
{
    public static async Task<EvaluationCase> ReadAsync(EvalCase evalCase, CancellationToken cancellationToken)
    {
        var draft = await ProfileAsync(evalCase, cancellationToken);
        var requirements = evalCase.Require("requirements").EnumerateArray().Select(r => (
            CaseJson.Text(r, "text") ?? throw new InvalidDataException($"Case '{evalCase.Id}' has a requirement without text."),
            CaseJson.Text(r, "kind") == "nice" ? QualificationKind.NiceToHave : QualificationKind.MustHave,
            CaseJson.Text(r, "expect") ?? throw new InvalidDataException($"Case '{evalCase.Id}' has a requirement without expect."))).ToList();
        return new EvaluationCase(draft, requirements);
    }

    /// <summary>The case's <c>profile</c>, a JSON Resume document, imported as the product imports one, with the case's id.</summary>
    public static async Task<CandidateProfile> ProfileAsync(EvalCase evalCase, CancellationToken cancellationToken)
    {
        var resume = evalCase.Require("profile").GetRawText();
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(resume));
        var records = new List<Hiring.Talent.Import.ImportRecord>();
        await foreach (var record in new JsonResumeFormat().ReadAsync(stream, cancellationToken))
        {
            records.Add(record);
        }

        var read = records.Count == 1 ? records[0] : throw new InvalidDataException($"Case '{evalCase.Id}': the profile is not one JSON Resume document.");
        var draft = read.Draft ?? throw new InvalidDataException($"Case '{evalCase.Id}': the import rejected the profile: {read.Error}");
        return draft with { Id = evalCase.Id };
    }

    /// <summary>True when the case is a generated one (its id and candidate name a pool profile) rather than a JSON Resume.</summary>
    public static bool IsGenerated(EvalCase evalCase) => evalCase.Json.TryGetProperty(GeneratedCases.CandidateProperty, out var value) && value.ValueKind == JsonValueKind.String;
}
