using Hiring.Agents.Identity;
using Hiring.Agents.Tests.Supervisor.Doubles;
using Hiring.Agents.Tests.Support;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Supervisor;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace Hiring.Agents.Tests.Supervisor;

public sealed class SlowStepTests
{
    /// <summary>
    /// The one test that spends real time: a step whose model answers after twice the silo's response
    /// timeout (shortened here from Orleans' 30 s to 4 s, so the test waits 8 s and not 45). Awaited
    /// inside the grain call (as before the one sub-agent shape) it timed out and was retried; accepted
    /// and reported, it completes once.
    /// </summary>
    [Fact]
    public async Task AStepWhoseModelAnswersAfterTwiceTheResponseTimeoutCompletesOnceWithNoTimeoutAndNoRetry()
    {
        const string tenant = "slow-model";
        using var scope = TenantScope.For(tenant);
        using var data = new TempDataDirectory();
        var timeout = TimeSpan.FromSeconds(4);
        var script = AgentScript.For(tenant).Slow(PlanActions.Search, 2 * timeout);
        await using var cluster = await SupervisorTestCluster.StartAsync(
            data.Path, silos: silo => silo.Services.PostConfigure<SiloMessagingOptions>(o => o.ResponseTimeout = timeout));
        Assert.Equal(timeout, cluster.Silos[0].ServiceProvider.GetRequiredService<IOptions<SiloMessagingOptions>>().Value.ResponseTimeout);
        var supervisor = cluster.Client.GetGrain<IRecruiterSupervisor>($"{tenant}/ana");
        await supervisor.SetPolicy(ApprovalAction.StartSourcing, ApprovalMode.Auto);

        await supervisor.Post(new MessageEnvelope("s-1", OpenRoleDesk.Search, OpenRoleDesk.ProjectId));
        await supervisor.WaitForAsync(AssistantEventKind.PlanCompleted, TimeSpan.FromSeconds(120));

        var events = await supervisor.EventsAfter(0, 100);
        Assert.DoesNotContain(events, e => e.Kind is AssistantEventKind.StepRetrying or AssistantEventKind.StepFailed or AssistantEventKind.PlanFailed);
        Assert.Equal(2, events.Count(e => e.Kind == AssistantEventKind.StepCompleted));
        Assert.Single(script.Applications, a => a.Action == PlanActions.Search);
        await cluster.StopAllSilosAsync();
    }
}
