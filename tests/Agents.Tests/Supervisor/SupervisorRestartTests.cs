using Hiring.Agents.Identity;
using Hiring.Agents.Tests.Supervisor.Doubles;
using Hiring.Agents.Tests.Support;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Tests.Supervisor;

public sealed class SupervisorRestartTests
{
    [Fact]
    public async Task ASiloKilledMidPlanFinishesThePlanAfterRestartWithNoStepAppliedTwice()
    {
        const string tenant = "killed-mid-plan";
        using var data = new TempDataDirectory();
        var script = AgentScript.For(tenant).HoldWhileApplying(PlanActions.Search);

        // The step handed on the killed silo is handed again once its check period passes: five seconds, not the product's minute.
        var settings = new Dictionary<string, string?> { ["Hiring:Supervisor:StepCheckPeriod"] = "00:00:05" };
        var first = await SupervisorTestCluster.StartAsync(data.Path, settings);
        using (TenantScope.For(tenant))
        {
            var before = first.Client.GetGrain<IRecruiterSupervisor>($"{tenant}/ana");
            await before.SetPolicy(ApprovalAction.StartSourcing, ApprovalMode.Auto);
            await before.Post(new MessageEnvelope("k-1", OpenRoleDesk.Search, OpenRoleDesk.ProjectId));
        }

        // The search has been applied by the agent, but the supervisor has not recorded it: kill now.
        await script.Holding.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await first.KillSiloAsync(first.Silos[0]);

        // Nobody calls the supervisor after the restart: only its reminder (a call without a tenant,
        // from the runtime) can wake it, and its calls to the sub-agents carry its own tenant.
        await using var second = await SupervisorTestCluster.StartAsync(data.Path, settings);
        await Wait.UntilAsync(() => Task.FromResult(script.Applications.Any(a => a.Action == PlanActions.EvaluateCandidates)), TimeSpan.FromSeconds(60), "the reminder resumed the plan");
        using (TenantScope.For(tenant))
        {
            await second.Client.GetGrain<IRecruiterSupervisor>($"{tenant}/ana").WaitForAsync(AssistantEventKind.PlanCompleted, TimeSpan.FromSeconds(60));
        }

        var applications = script.Applications.ToList();
        Assert.Equal([PlanActions.Search, PlanActions.EvaluateCandidates], applications.Select(a => a.Action));
        Assert.Equal(applications.Count, applications.Select(a => a.Key).Distinct().Count());
        await second.StopAllSilosAsync();
        script.Release();
        await first.DisposeAsync();
    }

    [Fact]
    public async Task PendingApprovalsSurviveARestartAndCanBeDecidedAfterIt()
    {
        const string tenant = "approval-restart";
        using var data = new TempDataDirectory();
        string approvalId;
        await using (var first = await SupervisorTestCluster.StartAsync(data.Path))
        {
            using var scope = TenantScope.For(tenant);
            var before = first.Client.GetGrain<IRecruiterSupervisor>($"{tenant}/ana");
            await before.Post(new MessageEnvelope("a-1", OpenRoleDesk.Search, OpenRoleDesk.ProjectId));
            await before.WaitForAsync(AssistantEventKind.ApprovalRequested);
            approvalId = Assert.Single(await before.Approvals(pendingOnly: true)).Id;
            await first.StopAllSilosAsync();
        }

        await using var second = await SupervisorTestCluster.StartAsync(data.Path);
        using var owner = TenantScope.For(tenant);
        var after = second.Client.GetGrain<IRecruiterSupervisor>($"{tenant}/ana");
        var pending = Assert.Single(await after.Approvals(pendingOnly: true));
        Assert.Equal(approvalId, pending.Id);
        Assert.Empty(AgentScript.For(tenant).Applications);

        await after.Decide(approvalId, new ApprovalDecision(ApprovalVerdict.Approve));
        await Assert.ThrowsAsync<AssistantRefusalException>(() => after.Decide(approvalId, new ApprovalDecision(ApprovalVerdict.Approve)));
        await after.WaitForAsync(AssistantEventKind.PlanCompleted);

        Assert.Equal(2, AgentScript.For(tenant).Applications.Count);
        Assert.Empty(await after.Approvals(pendingOnly: true));
        await second.StopAllSilosAsync();
    }
}
