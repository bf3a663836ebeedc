using Hiring.Agents.Identity;
using Hiring.Agents.Outreach.Contacts;
using Hiring.Agents.Outreach.Conversations;
using Hiring.Agents.Outreach.Steps;
using Hiring.Agents.SubAgents;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Outreach;

/// <summary>
/// take-over-conversation ("let me take over the conversation with her", "hand it back"): finds whose
/// conversation (a name or id; "her" is the candidate of the project who wrote last) and takes it over
/// for the recruiter or hands it back (<see cref="ConversationDesk"/>), telling their stream. It is the
/// recruiter's own decision about their own conversation, so it asks for no approval.
/// </summary>
public sealed class TakeOverConversationStep(OutreachRecipients recipients, ConversationDesk desk, ContactLedgers ledgers, ConversationPhrases phrases, IRecruiterNotices notices)
    : StepHandler<OutreachState, TakeOverConversationInput, TakeOverConversationOutput>
{
    private static readonly PipelineStage[] InConversation = [PipelineStage.Contacted, PipelineStage.Replied, PipelineStage.Screening, PipelineStage.Interviewing];

    public override string Action => PlanActions.TakeOverConversation;

    public override async Task<StepResult<TakeOverConversationOutput>> RunAsync(StepContext<OutreachState> step, TakeOverConversationInput input, CancellationToken cancellationToken = default)
    {
        var projectId = step.ProjectId ?? input.Project ?? GrainKeys.IdOf(step.AgentKey);
        var snapshot = await step.Project.Snapshot();
        var title = snapshot.Spec?.Title ?? projectId;
        IRecipientRequest request = new RecipientRequest(input.Request, input.Candidate, input.Candidates);
        if (input is { Candidate: null, Candidates: null or { Count: 0 } } && step.Slots.Candidate is null && phrases.MeansPronoun(input.Request))
        {
            // "with her": the candidate of this project who wrote last.
            var ledger = await ledgers.OpenAsync(step.Tenant, cancellationToken);
            if (ledger.Index.LatestReplyIn(projectId) is not { } latest)
            {
                var who = phrases.Say("who", ("project", title));
                return new StepResult<TakeOverConversationOutput>(who, new(), ProjectId: projectId, Question: who);
            }

            request = new RecipientRequest(input.Request, null, [latest.CandidateId]);
        }

        var wording = new RecipientWording(InConversation, (key, values) => phrases.Say(key, values));
        var choice = await recipients.ChooseAsync(step.Tenant, snapshot, request, step.Slots with { Count = null }, wording, cancellationToken);
        if (choice.Question is { } question || choice.Recipients.Count != 1)
        {
            var ask = choice.Question ?? choice.Note ?? phrases.Say("who", ("project", title));
            return new StepResult<TakeOverConversationOutput>(ask, new(), ProjectId: projectId, Question: ask);
        }

        var candidateId = choice.Recipients[0].CandidateId;
        var outcome = await desk.SetAsync(step.Tenant, projectId, snapshot, candidateId, takeOver: !phrases.MeansHandBack(input.Request), step.Recruiter, cancellationToken);
        await notices.TellAsync(step.Recruiter, outcome.Notices);
        return new StepResult<TakeOverConversationOutput>(outcome.Text, new(candidateId), Supervisor.EventJson.Serialize(outcome.Control), projectId);
    }
}
