using Hiring.Agents.Identity;
using Hiring.Agents.Outreach.Conversations;
using Hiring.Agents.Outreach.Replies;
using Hiring.Agents.SubAgents;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Outreach;
using Hiring.Contracts.Supervisor;
using Hiring.Storage;

namespace Hiring.Agents.Outreach;

/// <summary>
/// The outreach agent of a project (key: tenant/project): the one sub-agent shape over outreach's
/// handlers (draft-message, send-message), and the desk for what candidates do on their page
/// (replies, unsubscribes), told to the project owner's stream, and the recruiter's take-over of a
/// candidate's conversation (<see cref="ConversationDesk"/>). A silo wired without AddOutreach has
/// no handlers, and refuses steps clearly.
/// </summary>
public sealed class OutreachAgentGrain(
    [PersistentState(OutreachAgentGrain.StateName, StorageNames.Hiring)] IPersistentState<OutreachState> state,
    IEnumerable<IStepHandler<OutreachState>> handlers,
    ReplyDesk replies,
    ConversationDesk conversations) : SubAgentGrain<OutreachState>(state, "outreach", handlers), IOutreachAgent
{
    public const string StateName = "outreach";

    public async Task<CandidateReply> ReceiveReply(CandidateReplyInput reply)
    {
        var outcome = await replies.ReceiveAsync(Tenant, ProjectId, Project, reply);
        await TellAsync(outcome);
        return outcome.Reply!;
    }

    public async Task Unsubscribe(string threadId, string messageId) =>
        await TellAsync(await replies.UnsubscribeAsync(Tenant, ProjectId, Project, threadId, messageId));

    public async Task<ConversationControl> TakeOver(string candidateId, bool takeOver, string recruiter)
    {
        if (!recruiter.Contains('/', StringComparison.Ordinal) || GrainKeys.TenantOf(recruiter) != Tenant)
        {
            throw new AssistantRefusalException(RefusalCodes.NotFound, "No such candidate in this project.");
        }

        var outcome = await conversations.SetAsync(Tenant, ProjectId, await Project.Snapshot(), candidateId, takeOver, recruiter);
        if (outcome.Notices.Count > 0)
        {
            await GrainFactory.GetGrain<IRecruiterSupervisor>(recruiter).RecordCandidateNotices(outcome.Notices);
        }

        return outcome.Control;
    }

    private string Tenant => GrainKeys.TenantOf(this.GetPrimaryKeyString());

    private string ProjectId => GrainKeys.IdOf(this.GetPrimaryKeyString());

    private Task TellAsync(ReplyOutcome outcome) =>
        outcome is { Recruiter: { } recruiter, Notices.Count: > 0 }
            ? GrainFactory.GetGrain<IRecruiterSupervisor>(recruiter).RecordCandidateNotices(outcome.Notices)
            : Task.CompletedTask;
}
