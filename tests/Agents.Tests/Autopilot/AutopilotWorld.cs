using Hiring.Agents.Autopilot;
using Hiring.Agents.Identity;
using Hiring.Agents.Tests.Evaluation.Support;
using Hiring.Agents.Tests.Support;
using Hiring.Contracts.Autopilot;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Supervisor;
using Hiring.Talent;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace Hiring.Agents.Tests.Autopilot;

/// <summary>Every real agent with the built-in engine; autopilot batches of 10, a budget of 50 profiles a run, quick wake-ups. Each test works in a tenant of its own.</summary>
public sealed class AutopilotWorld : ClusterFixtureBase
{
    public const int BatchSize = 10;
    public const int MaxCandidates = 50;

    public IProfileStore Profiles => Cluster.Silos[0].ServiceProvider.GetRequiredService<IProfileStore>();

    public T Service<T>()
        where T : notnull => Cluster.Silos[0].ServiceProvider.GetRequiredService<T>();

    /// <summary>A project of <paramref name="tenant"/> owned by its recruiter "ana", Kubernetes an approved must-have.</summary>
    public async Task<(IHiringProject Project, IProjectAutopilot Autopilot, IRecruiterSupervisor Owner)> ProjectAsync(string tenant, string projectId = "backend")
    {
        using var scope = TenantScope.For(tenant);
        var key = GrainKeys.Project(tenant, projectId);
        var project = Cluster.Client.GetGrain<IHiringProject>(key);
        await project.Create($"{tenant}/ana", AutopilotPeople.Spec, [Quals.Skill("q1", "kubernetes")]);
        await project.Decide(new QualificationChange(["q1"], [], []));
        return (project, Cluster.Client.GetGrain<IProjectAutopilot>(key), Cluster.Client.GetGrain<IRecruiterSupervisor>($"{tenant}/ana"));
    }

    /// <summary>Waits until the latest run has ended, and returns it.</summary>
    public static async Task<AutopilotRun> EndedAsync(IProjectAutopilot autopilot, string runId)
    {
        AutopilotRun? ended = null;
        await Wait.UntilAsync(
            async () => (ended = (await autopilot.Runs(30)).FirstOrDefault(r => r.Id == runId && r.Status != AutopilotRunStatus.Running)) is not null,
            TimeSpan.FromMinutes(1),
            $"{runId} ended");
        return ended!;
    }

    protected override Task<InProcessTestCluster> StartClusterAsync(string dataDirectory) =>
        RealAgentsCluster.StartAsync(dataDirectory, silo => silo.Services.Configure<AutopilotOptions>(o =>
        {
            o.BatchSize = BatchSize;
            o.MaxCandidates = MaxCandidates;
            o.WakePeriod = TimeSpan.FromSeconds(1);
        }));
}
