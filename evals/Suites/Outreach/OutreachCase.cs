using System.Text.Json;
using Hiring.Agents.Outreach.Drafting;
using Hiring.Contracts.Outreach;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Talent;
using Hiring.Evals.Cases;
using Hiring.Evals.Suites.Evaluation;

namespace Hiring.Evals.Suites.Outreach;

/// <summary>One outreach case: the candidate's profile (a JSON Resume, imported as the product imports one), the job with its FAQ and qualifications, the draft's settings and the recruiter's instruction, if any.</summary>
public sealed record OutreachCase(CandidateProfile Profile, JobSpec Spec, IReadOnlyList<Qualification> Qualifications, OutreachSettings Settings, string? Instruction)
{
    public static async Task<OutreachCase> ReadAsync(EvalCase evalCase, CancellationToken cancellationToken)
    {
        var profile = await ResumeCases.ProfileAsync(evalCase, cancellationToken);
        var job = evalCase.Require("job");
        var title = CaseJson.Text(job, "title") ?? throw new InvalidDataException($"Case '{evalCase.Id}' has a job without a title.");
        var faq = CaseJson.Get(job, "faq") is { ValueKind: JsonValueKind.Array } entries
            ? entries.EnumerateArray().Select(e => new FaqEntry(CaseJson.Text(e, "question") ?? "", CaseJson.Text(e, "answer") ?? "")).ToList()
            : [];
        var spec = new JobSpec(
            title,
            title.ToLowerInvariant(),
            CaseJson.Text(job, "seniority") ?? "",
            CaseJson.Strings(job, "locations"),
            Enum.Parse<RemotePolicy>(CaseJson.Text(job, "remote") ?? nameof(RemotePolicy.Unspecified), ignoreCase: true),
            EmploymentType.FullTime,
            CaseJson.Text(job, "description") ?? "",
            faq);
        var qualifications = evalCase.Require("requirements").EnumerateArray().Select((r, i) => Qualification(evalCase.Id, r, i)).ToList();
        var settings = CaseJson.Get(evalCase.Json, "settings") is { ValueKind: JsonValueKind.Object } given
            ? new OutreachSettings(
                Enum.Parse<OutreachTone>(CaseJson.Text(given, "tone") ?? nameof(OutreachTone.Warm), ignoreCase: true),
                Enum.Parse<OutreachLength>(CaseJson.Text(given, "length") ?? nameof(OutreachLength.Short), ignoreCase: true),
                FollowUps: 0,
                Sender: CaseJson.Text(given, "sender"))
            : new OutreachSettings(FollowUps: 0);
        return new OutreachCase(profile, spec, qualifications, settings, CaseJson.Text(evalCase.Json, "instruction"));
    }

    private static Qualification Qualification(string caseId, JsonElement r, int index)
    {
        var text = CaseJson.Text(r, "text") ?? throw new InvalidDataException($"Case '{caseId}' has a requirement without text.");
        return new Qualification(
            $"q{index + 1}",
            text,
            CaseJson.Text(r, "kind") == "nice" ? QualificationKind.NiceToHave : QualificationKind.MustHave,
            1.0,
            1,
            true,
            PolicyVerdict.Ok,
            QualificationOrigin.Request,
            QualificationCategory.Skill,
            text);
    }
}
