using Hiring.Agents.Identity;
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
/// (replies, unsubscribes), told to the project owner's stream. A silo wired without AddOutreach has
/// no handlers, and refuses steps clearly.
/// </summary>
public sealed class OutreachAgentGrain(
    [PersistentState(OutreachAgentGrain.StateName, StorageNames.Hiring)] IPersistentState<OutreachState> state,
    IEnumerable<IStepHandler<OutreachState>> handlers,
    ReplyDesk replies) : SubAgentGrain<OutreachState>(state, "outreach", handlers), IOutreachAgent
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

    private string Tenant => GrainKeys.TenantOf(this.GetPrimaryKeyString());

    private string ProjectId => GrainKeys.IdOf(this.GetPrimaryKeyString());

    private Task TellAsync(ReplyOutcome outcome) =>
        outcome is { Recruiter: { } recruiter, Notices.Count: > 0 }
            ? GrainFactory.GetGrain<IRecruiterSupervisor>(recruiter).RecordCandidateNotices(outcome.Notices)
            : Task.CompletedTask;
}
