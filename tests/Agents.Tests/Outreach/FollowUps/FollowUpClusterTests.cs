using Hiring.Agents.Identity;
using Hiring.Agents.Outreach;
using Hiring.Agents.Outreach.Contacts;
using Hiring.Agents.Tests.Outreach.Drafting.Support;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Outreach;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Supervisor;
using Hiring.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Hiring.Agents.Tests.Outreach.FollowUps;

/// <summary>Follow-ups in the running product: the reminder's tick three days after a send, and the recruiter's "nudge" in chat, each asking the Send approval.</summary>
public sealed class FollowUpClusterTests(FollowUpWorld world) : IClassFixture<FollowUpWorld>
{
    private const string Recruiter = "acme/fay";
    private const string ProjectId = "fay.backend";
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task TheReminderAsksForAFollowUpThreeDaysAfterTheFirstMessageAndTheChatForTheSecondThenThereAreNoMore()
    {
        using var scope = TenantScope.For("acme");
        var key = GrainKeys.Project("acme", ProjectId);
        var project = world.Cluster.Client.GetGrain<IHiringProject>(key);
        await project.Create(Recruiter, Jobs.Backend, Jobs.BackendQualifications);
        await project.Decide(new QualificationChange([.. Jobs.BackendQualifications.Select(q => q.Id)], [], []));
        await project.AddCandidates([new SourcedCandidate(Candidates.Engineer.Id, "test", 0.9)], Recruiter);
        var supervisor = world.Cluster.Client.GetGrain<IRecruiterSupervisor>(Recruiter);

        await supervisor.Post(new MessageEnvelope("f-1", "draft a message to Maria", ProjectId));
        await ApproveAsync(supervisor, "first message to Maria Lopez", completed: 1);
        var agent = world.Cluster.Client.GetGrain<IOutreachAgent>(key);
        Assert.NotNull(await FollowUpReminderAsync(agent));

        // Three days without a reply: the reminder's tick (called here rather than waited for) tells the assistant.
        world.Clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromMinutes(1));
        await agent.AsReference<IRemindable>().ReceiveReminder(OutreachAgentGrain.FollowUpReminderName, default);
        await ApproveAsync(supervisor, "follow-up 1 to Maria Lopez", completed: 2);

        await supervisor.Post(new MessageEnvelope("f-2", "nudge the ones who didn't answer", ProjectId));
        await ApproveAsync(supervisor, "follow-up 2 to Maria Lopez", completed: 3);

        await supervisor.Post(new MessageEnvelope("f-3", "chase the people who ghosted us", ProjectId));
        await Wait.UntilAsync(async () => (await supervisor.EventsAfter(0, 500)).Count(e => e.Kind == AssistantEventKind.PlanCompleted) >= 4, Patience, "the third follow-up request ended");
        Assert.Empty(await supervisor.Approvals(pendingOnly: true));
        Assert.Contains(await supervisor.EventsAfter(0, 500), e => e.Text.Contains("No one in Senior Backend Engineer is waiting for a follow-up", StringComparison.Ordinal));

        // Nothing is due any more: the agent's reminder is gone.
        Assert.Null(await FollowUpReminderAsync(agent));
        var ledger = await ContactLedger.LoadAsync("acme", world.Cluster.Silos[0].ServiceProvider.GetRequiredService<ILogStore>(), TimeProvider.System);
        var thread = ledger.Index.Thread(ContactIds.Thread(ProjectId, Candidates.Engineer.Id));
        Assert.Equal([ContactKind.FirstOutreach, ContactKind.FollowUp, ContactKind.FollowUp], thread.Select(m => m.Kind));
        Assert.All(thread, m => Assert.Equal(ContactStatus.Delivered, ledger.Index.StatusOf(m.Id)));
    }

    private Task<ReminderEntry?> FollowUpReminderAsync(IOutreachAgent agent) =>
        world.Cluster.Silos[0].ServiceProvider.GetRequiredService<IReminderTable>().ReadRow(agent.GetGrainId(), OutreachAgentGrain.FollowUpReminderName);

    /// <summary>Waits for the one pending approval, checks what it sends, approves it and waits for its plan to complete.</summary>
    private static async Task ApproveAsync(IRecruiterSupervisor supervisor, string summary, int completed)
    {
        await Wait.UntilAsync(async () => (await supervisor.Approvals(pendingOnly: true)).Count > 0, Patience, $"the approval of {summary}");
        var approval = Assert.Single(await supervisor.Approvals(pendingOnly: true));
        Assert.Equal((ApprovalAction.Send, PlanActions.SendMessage), (approval.Action, approval.StepAction));
        Assert.Contains(summary, approval.Summary, StringComparison.Ordinal);
        await supervisor.Decide(approval.Id, new ApprovalDecision(ApprovalVerdict.Approve));
        await Wait.UntilAsync(async () => (await supervisor.EventsAfter(0, 500)).Count(e => e.Kind == AssistantEventKind.PlanCompleted) >= completed, Patience, $"{summary} was sent");
    }
}
