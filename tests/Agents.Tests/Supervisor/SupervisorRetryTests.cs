using Hiring.Agents.Identity;
using Hiring.Agents.Supervisor;
using Hiring.Agents.Tests.Supervisor.Doubles;
using Hiring.Agents.Tests.Support;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Supervisor;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hiring.Agents.Tests.Supervisor;

public sealed class SupervisorRetryTests
{
    /// <summary>
    /// A pass that fails on a passing fault (here the project's store, unreachable for three calls) is tried again after
    /// a short, growing delay. Before, the supervisor waited for its wake-up reminder, a minute in the product and an hour
    /// here, so the plan did not finish in the test's time (a clean-clone cluster run under network faults timed out so).
    /// </summary>
    [Fact]
    public async Task APassThatFailsOnAPassingFaultIsTriedAgainSoonNotAtTheNextWakeUp()
    {
        const string tenant = "retry-pass";
        using var scope = TenantScope.For(tenant);
        using var data = new TempDataDirectory();
        var desk = new FlakyDesk();
        await using var cluster = await SupervisorTestCluster.StartAsync(
            data.Path,
            new Dictionary<string, string?> { ["Hiring:Supervisor:WakePeriod"] = "01:00:00" },
            silo => silo.Services.Replace(ServiceDescriptor.Singleton<IProjectDesk>(desk)));
        var supervisor = cluster.Client.GetGrain<IRecruiterSupervisor>($"{tenant}/ana");
        await supervisor.SetPolicy(ApprovalAction.StartSourcing, ApprovalMode.Auto);

        await supervisor.Post(new MessageEnvelope("s-1", OpenRoleDesk.Search, OpenRoleDesk.ProjectId));
        await supervisor.WaitForAsync(AssistantEventKind.PlanCompleted, TimeSpan.FromSeconds(60));

        Assert.True(desk.Calls > FlakyDesk.Failures, $"the desk was called {desk.Calls} times");
        var events = await supervisor.EventsAfter(0, 100);
        Assert.Single(events, e => e.Kind == AssistantEventKind.MessageReceived);
        Assert.Single(events, e => e.Kind == AssistantEventKind.PlanCompleted);
        await cluster.StopAllSilosAsync();
    }
}
