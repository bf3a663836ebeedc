using System.Text.Json;
using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Reasoning;
using Hiring.Evals.Cases;

namespace Hiring.Evals.Suites.Screening;

/// <summary>One screening case: the role's approved qualifications, what the evaluation found for the candidate, the screen's transcript and which qualifications it truly speaks to.</summary>
public sealed record ScreeningCase(
    string Candidate,
    IReadOnlyList<Qualification> Qualifications,
    IReadOnlyList<QualificationAssessment> Assessments,
    string Transcript,
    IReadOnlyList<string> Covered,
    IReadOnlyList<string> NotCovered)
{
    private static readonly Provenance Truth = new(ReasoningEngine.BuiltIn, "case", "screening", "1", ModelTier.Fast);

    public static ScreeningCase From(EvalCase evalCase)
    {
        var json = evalCase.Json;
        var qualifications = evalCase.Require("qualifications").EnumerateArray().Select(Qualification).ToList();
        var verdicts = evalCase.Get("verdicts") is { ValueKind: JsonValueKind.Object } given
            ? given.EnumerateObject().Select(v => new QualificationAssessment("case", v.Name, 1, Enum.Parse<AssessmentVerdict>(v.Value.GetString()!), [], "case", null, Truth, DateTimeOffset.UnixEpoch)).ToList()
            : [];
        var expect = evalCase.Require("expect");
        return new ScreeningCase(
            CaseJson.Text(json, "candidate") ?? throw new InvalidDataException($"Case '{evalCase.Id}' has no candidate."),
            qualifications,
            verdicts,
            CaseJson.Text(json, "transcript") ?? throw new InvalidDataException($"Case '{evalCase.Id}' has no transcript."),
            CaseJson.Strings(expect, "covered"),
            CaseJson.Strings(expect, "not_covered"));
    }

    private static Qualification Qualification(JsonElement q) =>
        new(
            CaseJson.Text(q, "id")!,
            CaseJson.Text(q, "text")!,
            CaseJson.Text(q, "kind") == "nice" ? QualificationKind.NiceToHave : QualificationKind.MustHave,
            1.0,
            1,
            true,
            PolicyVerdict.Ok,
            QualificationOrigin.Request,
            QualificationCategory.Skill,
            CaseJson.Text(q, "subject"),
            CaseJson.Whole(q, "minYears"));
}
