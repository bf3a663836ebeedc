using Hiring.Agents.Identity;
using Hiring.Agents.Supervisor;
using Hiring.Agents.Tests.Supervisor.Doubles;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Tests.Supervisor;

/// <summary>A qualification decision from the app goes through the supervisor as the recruiter's own decision.</summary>
[Collection(SupervisorClusterCollection.Name)]
public sealed class SupervisorQualificationEditsTests(SupervisorClusterFixture fixture)
{
    [Fact]
    public async Task AQualificationDecisionBecomesOneApplyQualificationsStepForItsProjectWithoutThePlannerOrAnApproval()
    {
        const string tenant = "qualification-edits";
        using var scope = TenantScope.For(tenant);
        var supervisor = fixture.Cluster.Client.GetGrain<IRecruiterSupervisor>($"{tenant}/ana");
        var edits = new QualificationEdits(["q2"], ["q3"], new Dictionary<string, string> { ["q1"] = "Go, 5+ years" }, ["Terraform"]);

        await supervisor.Post(new MessageEnvelope("q-1", "Change the qualifications of p1: approve q2; reword q1; remove q3; add 1 new.", "p1", Qualifications: edits));
        await supervisor.WaitForAsync(AssistantEventKind.PlanCompleted);

        var events = await supervisor.EventsAfter(0, 100);
        var plan = Assert.Single(events, e => e.Kind == AssistantEventKind.PlanCreated);
        Assert.Contains(QualificationPlan.EngineName, plan.Payload, StringComparison.Ordinal);
        var command = Assert.Single(AgentScript.For(tenant).Commands);
        Assert.Equal((PlanActions.ApplyQualifications, "p1"), (command.Action, command.ProjectId));
        Assert.Equal(("Go, 5+ years", "", "q2,q1", "q3", "Terraform"), (command.Inputs["q1"], command.Inputs["q2"], command.Inputs["approve"], command.Inputs["remove"], command.Inputs["add"]));
        Assert.Empty(await supervisor.Approvals(pendingOnly: true));
        Assert.DoesNotContain(events, e => e.Kind == AssistantEventKind.ApprovalRequested);
    }

    [Fact]
    public void ADecisionThatKeepsNothingApprovesNone()
    {
        var plan = QualificationPlan.For(new MessageEnvelope("q-2", "remove q3", "p1"), new QualificationEdits([], ["q3"], new Dictionary<string, string>(), []));

        var step = Assert.Single(plan.Steps);
        Assert.False(step.NeedsApproval);
        Assert.Equal(("none", "q3"), (step.Inputs["approve"], step.Inputs["remove"]));
    }
}
