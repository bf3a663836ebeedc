using Hiring.Agents.Identity;
using Hiring.Agents.Outreach.Replies;
using Hiring.Agents.Outreach.Scheduling;
using Hiring.Agents.SubAgents;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Outreach;
using Hiring.Contracts.Scheduling;
using Hiring.Contracts.Supervisor;
using Hiring.Storage;

namespace Hiring.Agents.Outreach;

/// <summary>
/// The outreach agent of a project (key: tenant/project): the one sub-agent shape over outreach's
/// handlers (draft-message, send-message, schedule-screen), and the desks for what candidates do on
/// their page (replies, unsubscribes, screen picks and cancellations), told to the recruiter's stream. A silo wired without AddOutreach has
/// no handlers, and refuses steps clearly.
/// </summary>
public sealed class OutreachAgentGrain(
    [PersistentState(OutreachAgentGrain.StateName, StorageNames.Hiring)] IPersistentState<OutreachState> state,
    IEnumerable<IStepHandler<OutreachState>> handlers,
    ReplyDesk replies,
    ScreenDesk screens) : SubAgentGrain<OutreachState>(state, "outreach", handlers), IOutreachAgent
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

    public async Task<IReadOnlyList<Screen>> Screens() => (await screens.OpenAsync(Tenant)).OfProject(ProjectId);

    public async Task<Screen> PickScreenSlot(string threadId, string messageId, DateTimeOffset start) =>
        await TellAsync(await screens.PickAsync(Tenant, ProjectId, Project, threadId, messageId, start));

    public async Task<Screen> MoveScreen(string screenId, DateTimeOffset start) =>
        await TellAsync(await screens.MoveAsync(Tenant, ProjectId, Project, screenId, start));

    public async Task<Screen> CancelScreen(string screenId, string? threadId) =>
        await TellAsync(await screens.CancelAsync(Tenant, ProjectId, Project, screenId, threadId));

    private string Tenant => GrainKeys.TenantOf(this.GetPrimaryKeyString());

    private string ProjectId => GrainKeys.IdOf(this.GetPrimaryKeyString());

    private Task TellAsync(ReplyOutcome outcome) =>
        outcome is { Recruiter: { } recruiter, Notices.Count: > 0 }
            ? GrainFactory.GetGrain<IRecruiterSupervisor>(recruiter).RecordCandidateNotices(outcome.Notices)
            : Task.CompletedTask;

    /// <summary>Tells the recruiter whose calendar the screen takes what the candidate did.</summary>
    private async Task<Screen> TellAsync(ScreenOutcome outcome)
    {
        if (outcome.Notices.Count > 0)
        {
            await GrainFactory.GetGrain<IRecruiterSupervisor>(outcome.Screen.Recruiter).RecordCandidateNotices(outcome.Notices);
        }

        return outcome.Screen;
    }
}
