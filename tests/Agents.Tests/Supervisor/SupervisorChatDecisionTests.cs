using Hiring.Agents.Identity;
using Hiring.Agents.Tests.Supervisor.Doubles;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Tests.Supervisor;

/// <summary>A decision said in chat goes the inbox's way: the waiting plan resumes (or ends) exactly as after the Decide call.</summary>
[Collection(SupervisorClusterCollection.Name)]
public sealed class SupervisorChatDecisionTests(SupervisorClusterFixture fixture)
{
    private IRecruiterSupervisor Supervisor(string tenant) => fixture.Cluster.Client.GetGrain<IRecruiterSupervisor>($"{tenant}/ana");

    /// <summary>A search of the open role, which waits for the recruiter to approve it: its approval request.</summary>
    private static async Task<AssistantEvent> SearchWaitingAsync(IRecruiterSupervisor supervisor, StreamRecorder stream, string id, long after = 0, string project = OpenRoleDesk.ProjectId)
    {
        await supervisor.Post(new MessageEnvelope(id, OpenRoleDesk.Search, project));
        return await stream.WaitForAsync(e => e.Kind == AssistantEventKind.ApprovalRequested && e.Sequence > after, "approval request");
    }

    [Theory]
    [InlineData("inbox")]
    [InlineData("chat")]
    public async Task ApprovingInChatResumesTheWaitingPlanExactlyAsTheInboxDecideDoes(string how)
    {
        var tenant = $"chat-decide-{how}";
        using var scope = TenantScope.For(tenant);
        await using var stream = await StreamRecorder.SubscribeAsync(fixture.Cluster.Client, $"{tenant}/ana");
        var supervisor = Supervisor(tenant);
        var requested = await SearchWaitingAsync(supervisor, stream, "m-1");
        var pending = Assert.Single(await supervisor.Approvals(pendingOnly: true));

        if (how == "chat")
        {
            await supervisor.Post(new MessageEnvelope("m-2", "yes approve them", OpenRoleDesk.ProjectId));
        }
        else
        {
            await supervisor.Decide(pending.Id, new ApprovalDecision(ApprovalVerdict.Approve));
        }

        await stream.WaitForAsync(e => e.Kind == AssistantEventKind.PlanCompleted && e.PlanId == requested.PlanId, "the waiting plan's completion");
        var decided = Assert.Single(await supervisor.Approvals(pendingOnly: false));
        Assert.Equal((ApprovalStatus.Approved, ApprovalVerdict.Approve), (decided.Status, decided.Decision?.Verdict));
        Assert.Equal(
            [("Sourcing", PlanActions.Search), ("Evaluation", PlanActions.EvaluateCandidates)],
            AgentScript.For(tenant).Applications.Select(a => (a.Agent, a.Action)));
        // The waiting plan's own events after the decision are the same whichever way it was decided.
        var resumed = stream.Events.Where(e => e.PlanId == requested.PlanId && e.Sequence > requested.Sequence).Select(e => e.Kind).ToList();
        Assert.Equal(AssistantEventKind.ApprovalDecided, resumed[0]);
        Assert.Equal(2, resumed.Count(k => k == AssistantEventKind.StepCompleted));
        if (how == "chat")
        {
            var said = await stream.WaitForAsync(e => e.Kind == AssistantEventKind.Reply && e.Text.StartsWith("Approved:", StringComparison.Ordinal), "the reply");
            Assert.Contains(pending.Summary.TrimEnd('.'), said.Text, StringComparison.Ordinal);
            Assert.Contains("\"intent\":\"DecideApproval\"", stream.Events.Last(e => e.Kind == AssistantEventKind.PlanCreated).Payload, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task RejectingInChatEndsTheWaitingPlanWithNothingApplied()
    {
        const string tenant = "chat-reject";
        using var scope = TenantScope.For(tenant);
        await using var stream = await StreamRecorder.SubscribeAsync(fixture.Cluster.Client, $"{tenant}/ana");
        var supervisor = Supervisor(tenant);
        var requested = await SearchWaitingAsync(supervisor, stream, "m-1");

        await supervisor.Post(new MessageEnvelope("m-2", "no, reject it", OpenRoleDesk.ProjectId));

        await stream.WaitForAsync(e => e.Kind == AssistantEventKind.PlanCompleted && e.PlanId == requested.PlanId, "the waiting plan's end");
        await stream.WaitForAsync(e => e.Kind == AssistantEventKind.Reply && e.Text.StartsWith("Rejected:", StringComparison.Ordinal), "the reply");
        Assert.Equal(ApprovalStatus.Rejected, Assert.Single(await supervisor.Approvals(pendingOnly: false)).Status);
        Assert.Empty(AgentScript.For(tenant).Applications);
    }

    [Fact]
    public async Task WhenTwoWaitItAsksWhichOnceAndTheAnswerDecidesWhatItNames()
    {
        const string tenant = "chat-which";
        using var scope = TenantScope.For(tenant);
        await using var stream = await StreamRecorder.SubscribeAsync(fixture.Cluster.Client, $"{tenant}/ana");
        var supervisor = Supervisor(tenant);
        var first = await SearchWaitingAsync(supervisor, stream, "m-1");
        // Another project's search: a search of the same project would replace the first (below).
        await SearchWaitingAsync(supervisor, stream, "m-2", first.Sequence, project: "other-role");

        await supervisor.Post(new MessageEnvelope("m-3", "approve it", OpenRoleDesk.ProjectId));

        var asked = await stream.WaitForAsync(e => e.Kind == AssistantEventKind.Reply && e.Text.StartsWith("Which should I approve:", StringComparison.Ordinal), "the question");
        Assert.Equal(2, (await supervisor.Approvals(pendingOnly: true)).Count);
        Assert.Empty(AgentScript.For(tenant).Applications);

        await supervisor.Post(new MessageEnvelope("m-4", "both", OpenRoleDesk.ProjectId));

        await stream.WaitForAsync(e => e.Kind == AssistantEventKind.Reply && e.Sequence > asked.Sequence && e.Text.StartsWith("Approved:", StringComparison.Ordinal), "the reply");
        Assert.All(await supervisor.Approvals(pendingOnly: false), a => Assert.Equal(ApprovalStatus.Approved, a.Status));
    }

    [Fact]
    public async Task ASecondSearchOfTheSameProjectReplacesTheFirstSoAYesDecidesItWithoutAsking()
    {
        const string tenant = "chat-replaced";
        using var scope = TenantScope.For(tenant);
        await using var stream = await StreamRecorder.SubscribeAsync(fixture.Cluster.Client, $"{tenant}/ana");
        var supervisor = Supervisor(tenant);
        var first = await SearchWaitingAsync(supervisor, stream, "m-1");
        var second = await SearchWaitingAsync(supervisor, stream, "m-2", first.Sequence);

        var withdrawn = Assert.Single(stream.Events, e => e.Kind == AssistantEventKind.ApprovalDecided && e.PlanId == first.PlanId);
        Assert.True(withdrawn.Sequence < second.Sequence);
        Assert.Single(await supervisor.Approvals(pendingOnly: true));

        await supervisor.Post(new MessageEnvelope("m-3", "sure", OpenRoleDesk.ProjectId));

        await stream.WaitForAsync(e => e.Kind == AssistantEventKind.PlanCompleted && e.PlanId == second.PlanId, "the newer plan's completion");
        var approvals = await supervisor.Approvals(pendingOnly: false);
        Assert.Equal(
            [ApprovalStatus.Withdrawn, ApprovalStatus.Approved],
            approvals.OrderBy(a => a.CreatedAt).ThenBy(a => a.PlanId, StringComparer.Ordinal).Select(a => a.Status));
        Assert.DoesNotContain(stream.Events, e => e.Kind == AssistantEventKind.Reply && e.Text.StartsWith("Which should I", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithNothingPendingApprovedDecidesNothingAndIsAnsweredAsBefore()
    {
        const string tenant = "chat-nothing-pending";
        using var scope = TenantScope.For(tenant);
        var supervisor = Supervisor(tenant);

        await supervisor.Post(new MessageEnvelope("m-1", "approved"));

        await supervisor.WaitForAsync(AssistantEventKind.PlanCompleted);
        var events = await supervisor.EventsAfter(0, 100);
        Assert.DoesNotContain(events, e => e.Kind is AssistantEventKind.ApprovalDecided or AssistantEventKind.PlanFailed or AssistantEventKind.StepFailed);
        Assert.DoesNotContain("\"intent\":\"DecideApproval\"", events.Single(e => e.Kind == AssistantEventKind.PlanCreated).Payload, StringComparison.Ordinal);
        Assert.Single(events, e => e.Kind == AssistantEventKind.Reply);
        Assert.Empty(await supervisor.Approvals(pendingOnly: false));
    }
}
