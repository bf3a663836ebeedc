using Hiring.Agents.Evaluation;
using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Outreach;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Supervisor;
using Hiring.Contracts.Talent;
using Hiring.Reasoning.Tasks;
using Hiring.Talent;
using Microsoft.Extensions.Options;

namespace Hiring.Agents.Autopilot;

/// <summary>
/// An applicant arrives: their profile (in the tenant's own pool) joins the project's pipeline as
/// Sourced, whatever the match, and is evaluated against the approved qualifications at once; the
/// owner hears the verdict. Without approved qualifications they are added and the owner is told
/// they wait for them. Applied through the project's batch key, so a restart mid-way adds and
/// records them once.
/// </summary>
public sealed class ApplicantIntake(IProfileStore store, CandidateBatchEvaluator evaluator, AutopilotRules rules, IOptions<AutopilotOptions> options)
{
    public const string By = "applicant";

    /// <summary>The project's owner and the notice for them, or null when the profile is not (or no longer) in the tenant's pool.</summary>
    public async Task<(string? Owner, CandidateNotice Notice)?> TakeAsync(string tenant, string projectKey, IHiringProject project, string candidateId, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(TalentPoolScope.Private(tenant), candidateId, cancellationToken) is not { } profile)
        {
            return null;
        }

        var snapshot = await project.Snapshot();
        var approved = await project.ApprovedQualifications();
        var evaluation = approved.Count == 0
            ? null
            : (await evaluator.EvaluateProfilesAsync([profile], approved, new ReasoningContext(tenant, snapshot.Owner, projectKey), snapshot.Spec, options.Value.Parallelism, cancellationToken))[0];
        var evidence = evaluation is null ? "" : EvidenceBrief.MustHaves(evaluation, approved);
        var why = rules.Say("why_applicant", ("evidence", evidence));
        await project.ApplyBatch($"applicant/{candidateId}", evaluation is null ? [] : [evaluation], [new SourcedCandidate(candidateId, why, evaluation?.Score)], By);

        var text = rules.Say(
            "applicant",
            ("title", snapshot.Spec?.Title ?? snapshot.ProjectId),
            ("name", profile.Name),
            ("id", candidateId),
            ("verdict", rules.Say(evaluation is null ? "verdict_waiting" : $"verdict_{evaluation.Recommendation}")),
            ("score", evaluation is null ? "" : $" (score {evaluation.Score:0.00})"),
            ("evidence", evidence));
        var payload = System.Text.Json.JsonSerializer.Serialize(new { projectId = snapshot.ProjectId, candidateId, recommendation = evaluation?.Recommendation.ToString(), score = evaluation?.Score });
        return (snapshot.Owner, new CandidateNotice(AssistantEventKind.ApplicantEvaluated, snapshot.ProjectId, candidateId, text.Trim(), payload));
    }
}
