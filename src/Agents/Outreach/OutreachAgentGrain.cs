using Hiring.Agents.Identity;
using Hiring.Agents.Outreach.Conversations;
using Hiring.Agents.Outreach.FollowUps;
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
/// handlers (draft-message, send-message, follow-up, schedule-screen, answer-how-found), the desks for
/// what candidates do on their page (replies, unsubscribes, screen picks and cancellations), told to the
/// project owner's stream (a candidate's "how did you find me?" is posted to the owner's assistant, which
/// has the answer drafted for approval), the recruiter's take-over of a candidate's conversation
/// (<see cref="ConversationDesk"/>), and the follow-up reminder: while follow-ups are scheduled it wakes
/// every <see cref="FollowUpOptions.CheckEvery"/> and tells the owner's assistant which are due. A silo
/// wired without AddOutreach has no handlers, and refuses steps clearly.
/// </summary>
public sealed class OutreachAgentGrain(
    [PersistentState(OutreachAgentGrain.StateName, StorageNames.Hiring)] IPersistentState<OutreachState> state,
    IEnumerable<IStepHandler<OutreachState>> handlers,
    ReplyDesk replies,
    FollowUpReminder followUps,
    FollowUpSchedule schedule,
    TimeProvider time,
    ConversationDesk conversations,
    ConversationThreads threads,
    ScreenDesk screens) : SubAgentGrain<OutreachState>(state, "outreach", handlers), IOutreachAgent
{
    public const string StateName = "outreach";
    public const string FollowUpReminderName = "outreach-follow-ups";
    private bool? _reminding;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await base.OnActivateAsync(cancellationToken);
        if (State.FollowUps.Count > 0)
        {
            await KeepFollowUpReminderAsync();
        }
    }

    public async Task<CandidateReply> ReceiveReply(CandidateReplyInput reply)
    {
        var outcome = await replies.ReceiveAsync(Tenant, ProjectId, Project, reply);
        await TellAsync(outcome);
        return outcome.Reply!;
    }

    public async Task Unsubscribe(string threadId, string messageId) =>
        await TellAsync(await replies.UnsubscribeAsync(Tenant, ProjectId, Project, threadId, messageId));

    public override async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != FollowUpReminderName)
        {
            await base.ReceiveReminder(reminderName, status);
            return;
        }

        await HandOverDueFollowUps();
    }

    public async Task<int> HandOverDueFollowUps()
    {
        // A step at work holds a copy of the state it writes back: the due list is read on the next tick instead.
        if (State.Steps.Accepted.Count > 0)
        {
            return 0;
        }

        var handed = 0;
        using (TenantScope.For(Tenant))
        {
            if (await followUps.TakeDueAsync(Tenant, await Project.Snapshot(), State, time.GetUtcNow()) is { } call)
            {
                await GrainFactory.GetGrain<IRecruiterSupervisor>(call.Recruiter).Post(call.Envelope);
                handed = call.Envelope.FollowUps?.CandidateIds.Count ?? 0;
            }
        }

        await WriteStateAsync();
        await KeepFollowUpReminderAsync();
        return handed;
    }

    protected override Task AfterStepsAsync() => KeepFollowUpReminderAsync();

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

    public async Task<OutreachThread> Conversation(string candidateId) =>
        await threads.ReadAsync(Tenant, ProjectId, await Project.Snapshot(), candidateId);

    public async Task<IReadOnlyList<Screen>> Screens() => (await screens.OpenAsync(Tenant)).OfProject(ProjectId);

    public async Task<Screen> PickScreenSlot(string threadId, string messageId, DateTimeOffset start) =>
        await TellAsync(await screens.PickAsync(Tenant, ProjectId, Project, threadId, messageId, start));

    public async Task<Screen> MoveScreen(string screenId, DateTimeOffset start) =>
        await TellAsync(await screens.MoveAsync(Tenant, ProjectId, Project, screenId, start));

    public async Task<Screen> CancelScreen(string screenId, string? threadId) =>
        await TellAsync(await screens.CancelAsync(Tenant, ProjectId, Project, screenId, threadId));

    private string Tenant => GrainKeys.TenantOf(this.GetPrimaryKeyString());

    private string ProjectId => GrainKeys.IdOf(this.GetPrimaryKeyString());

    /// <summary>Registers the follow-up reminder while any follow-up is scheduled, and removes it once none is.</summary>
    private async Task KeepFollowUpReminderAsync()
    {
        var wanted = State.FollowUps.Count > 0;
        _reminding ??= await this.GetReminder(FollowUpReminderName) is not null;
        if (wanted && !_reminding.Value)
        {
            await this.RegisterOrUpdateReminder(FollowUpReminderName, schedule.CheckEvery, schedule.CheckEvery);
            _reminding = true;
        }
        else if (!wanted && _reminding.Value)
        {
            if (await this.GetReminder(FollowUpReminderName) is { } reminder)
            {
                await this.UnregisterReminder(reminder);
            }

            _reminding = false;
        }
    }

    /// <summary>Tells the project owner what the candidate did, and asks their assistant to act when the reply needs it.</summary>
    private async Task TellAsync(ReplyOutcome outcome)
    {
        if (outcome.Recruiter is not { } recruiter)
        {
            return;
        }

        var supervisor = GrainFactory.GetGrain<IRecruiterSupervisor>(recruiter);
        if (outcome.Notices.Count > 0)
        {
            await supervisor.RecordCandidateNotices(outcome.Notices);
        }

        if (outcome.Call is { } call)
        {
            await supervisor.Post(call);
        }
    }

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
