using Hiring.Agents.Identity;
using Hiring.Agents.Outreach.Replies;
using Hiring.Agents.Outreach.Steps;
using Hiring.Agents.Privacy;
using Hiring.Agents.SubAgents;
using Hiring.Contracts.Outreach;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Supervisor;
using Hiring.Contracts.Talent;
using Hiring.Talent;

namespace Hiring.Agents.Outreach;

/// <summary>
/// answer-how-found, after a candidate of the project asked how they were found: drafts the answer from
/// the records (<see cref="CandidateProvenance"/>: where their profile came from, and the search of this
/// project that found them; no other project, candidate or note is read into it), keeps it like any draft
/// and follows it with its own send-message step, which asks for the Send approval. Drafting sends
/// nothing. A candidate no longer in the project, or whose profile is gone (erased at their request), has
/// nothing to answer from: nothing is drafted, and the recruiter is told so without naming them.
/// </summary>
public sealed class AnswerHowFoundStep(CandidateProvenance provenance, IProfileStore profiles, HowFoundDrafter drafter, OutreachPhrases phrases, TimeProvider time)
    : StepHandler<OutreachState, AnswerHowFoundInput, DraftMessageOutput>
{
    public override string Action => PlanActions.AnswerHowFound;

    public override async Task<StepResult<DraftMessageOutput>> RunAsync(StepContext<OutreachState> step, AnswerHowFoundInput input, CancellationToken cancellationToken = default)
    {
        var projectId = step.ProjectId ?? input.Project ?? GrainKeys.IdOf(step.AgentKey);
        if (input.Candidates is not [var candidateId])
        {
            throw new AssistantRefusalException(RefusalCodes.Invalid, phrases.Say("one_candidate", ("count", input.Candidates.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        }

        var snapshot = await step.Project.Snapshot();
        var report = snapshot.Pipeline.Any(e => e.CandidateId == candidateId) ? await ReportAsync(step.Tenant, candidateId, cancellationToken) : null;
        var found = report?.Source is null ? null : await profiles.GetManyAsync([TalentPoolScope.Private(step.Tenant), TalentPoolScope.Public], [candidateId], cancellationToken);
        if (report?.Source is not { } source || found?.GetValueOrDefault(candidateId) is not { } profile)
        {
            return new StepResult<DraftMessageOutput>(phrases.Say("how_found_nothing"), new DraftMessageOutput([]), ProjectId: projectId);
        }

        var query = report.Projects.FirstOrDefault(p => p.ProjectId == projectId)?.Query;
        var (subject, body) = drafter.Draft(profile.Name, source, snapshot.Spec?.Title ?? projectId, query);
        step.State.Keep(new KeptDraft(candidateId, subject, body, [], time.GetUtcNow(), ContactKind.Answer));
        var send = SendMessageStep.Offer(new SendMessageInput([candidateId], subject, body, projectId), phrases.Say("how_found_summary", ("name", profile.Name)));
        return new StepResult<DraftMessageOutput>(phrases.Say("how_found_drafted", ("name", profile.Name)), new DraftMessageOutput([candidateId]), ProjectId: projectId, FollowUps: [send]);
    }

    /// <summary>What is recorded of the person; null for someone the tenant does not see.</summary>
    private async Task<ProvenanceReport?> ReportAsync(string tenant, string candidateId, CancellationToken cancellationToken)
    {
        try
        {
            return await provenance.ForAsync(tenant, candidateId, cancellationToken);
        }
        catch (AssistantRefusalException refusal) when (refusal.Code == RefusalCodes.NotFound)
        {
            return null;
        }
    }
}
