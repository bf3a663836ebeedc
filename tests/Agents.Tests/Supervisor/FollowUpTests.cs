using Hiring.Agents.Identity;
using Hiring.Agents.Tests.Supervisor.Doubles;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Tests.Supervisor;

[Collection(SupervisorClusterCollection.Name)]
public sealed class FollowUpTests(SupervisorClusterFixture fixture)
{
    private IRecruiterSupervisor Supervisor(string tenant) => fixture.Cluster.Client.GetGrain<IRecruiterSupervisor>($"{tenant}/ana");

    [Fact]
    public async Task StepsAnAgentAsksForRunNextIncludingAnApprovalAndOutputsFlowIntoThem()
    {
        const string tenant = "follow-ups";
        using var scope = TenantScope.For(tenant);
        AgentScript.For(tenant).FollowWith(
            PlanActions.CreateProject,
            new PlanStep(AgentKind.Intake, PlanActions.ApplyQualifications, new Dictionary<string, string> { ["q1"] = "Go, 5+ years" }, true, ApprovalAction.ApplyQualificationChange),
            new PlanStep(AgentKind.Sourcing, PlanActions.Calibrate, new Dictionary<string, string>(), false));
        var supervisor = Supervisor(tenant);

        await supervisor.Post(new MessageEnvelope("f-1", "I need to hire a backend engineer"));
        await supervisor.WaitForAsync(AssistantEventKind.ApprovalRequested);
        var approval = Assert.Single(await supervisor.Approvals(pendingOnly: true));
        Assert.Equal(ApprovalAction.ApplyQualificationChange, approval.Action);
        Assert.Equal("Go, 5+ years", approval.Inputs["q1"]);

        await supervisor.Decide(approval.Id, new ApprovalDecision(ApprovalVerdict.Edit, new Dictionary<string, string> { ["q1"] = "Go, 3+ years" }));
        await supervisor.WaitForAsync(AssistantEventKind.PlanCompleted);

        Assert.Equal(
            [PlanActions.CreateProject, PlanActions.ApplyQualifications, PlanActions.Calibrate],
            AgentScript.For(tenant).Applications.Select(a => a.Action));
    }

    [Fact]
    public async Task AnAgentsQuestionBecomesTheReplyAndTheRestOfThePlanWaits()
    {
        const string tenant = "questions";
        using var scope = TenantScope.For(tenant);
        AgentScript.For(tenant).Ask(PlanActions.CreateProject, "Which city is the role in, and how senior?");
        var supervisor = Supervisor(tenant);

        await supervisor.Post(new MessageEnvelope("q-1", "I need to hire a backend engineer"));
        await supervisor.WaitForAsync(AssistantEventKind.PlanCompleted);

        var replies = (await supervisor.EventsAfter(0, 100)).Where(e => e.Kind == AssistantEventKind.Reply).ToList();
        Assert.Equal("Which city is the role in, and how senior?", Assert.Single(replies).Text);
        Assert.Equal("Which city is the role in, and how senior?", (await supervisor.Conversation(null, 10)).Turns[^1].Text);
    }
}
