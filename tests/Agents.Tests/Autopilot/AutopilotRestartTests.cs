using Hiring.Agents.Autopilot;
using Hiring.Agents.Evaluation;
using Hiring.Agents.Identity;
using Hiring.Agents.Tests.Evaluation.Support;
using Hiring.Agents.Tests.Support;
using Hiring.Contracts.Autopilot;
using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Projects;
using Hiring.Reasoning.Tasks;
using Hiring.Storage;
using Hiring.Talent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.TestingHost;

namespace Hiring.Agents.Tests.Autopilot;

public sealed class AutopilotRestartTests
{
    private const string Tenant = "ap-kill";
    private const string Owner = "ap-kill/ana";

    [Fact]
    public async Task ASiloKilledMidRunResumesFromItsLastCheckpointWithNoCandidateEvaluatedTwiceIntoTheLedgerAndNoneSkipped()
    {
        using var data = new TempDataDirectory();
        var holders = AutopilotPeople.Holders("kill", 30);
        var others = AutopilotPeople.Others("kill", 30);
        var hold = new EvaluationHold(holders[25].Id);

        var first = await StartAsync(data.Path, hold);
        using (TenantScope.For(Tenant))
        {
            var project = first.Client.GetGrain<IHiringProject>(GrainKeys.Project(Tenant, "backend"));
            await project.Create(Owner, AutopilotPeople.Spec, [Quals.Skill("q1", "kubernetes")]);
            await project.Decide(new QualificationChange(["q1"], [], []));
            var autopilot = first.Client.GetGrain<IProjectAutopilot>(GrainKeys.Project(Tenant, "backend"));
            await autopilot.Configure(false, null, Owner);
            await first.Silos[0].ServiceProvider.GetRequiredService<IProfileStore>().UpsertAsync(TalentPoolScope.Private(Tenant), [.. holders, .. others]);
            await autopilot.RunNow(Owner);
        }

        // Batches of 10: the first two are applied and checkpointed, the third is being evaluated. Kill now.
        await hold.Reached.Task.WaitAsync(TimeSpan.FromSeconds(60));
        await first.KillSiloAsync(first.Silos[0]);

        // Nobody calls the autopilot after the restart: its wake reminder (from the runtime) resumes the run.
        await using var second = await StartAsync(data.Path, hold: null);
        using var scope = TenantScope.For(Tenant);
        var resumed = second.Client.GetGrain<IProjectAutopilot>(GrainKeys.Project(Tenant, "backend"));
        await Wait.UntilAsync(() => Ended(second), TimeSpan.FromSeconds(90), "the wake reminder finished the run");

        var run = Assert.Single(await resumed.Runs(5));
        Assert.Equal((AutopilotRunStatus.Finished, 60, 30), (run.Status, run.Counts.Scanned, run.Counts.Added));
        var pipeline = (await second.Client.GetGrain<IHiringProject>(GrainKeys.Project(Tenant, "backend")).Snapshot()).Pipeline;
        Assert.Equal(holders.Select(h => h.Id).Order(), pipeline.Select(e => e.CandidateId).Order());
        var ledger = await second.Silos[0].ServiceProvider.GetRequiredService<ILogStore>().ReadAfterAsync($"evidence/{Tenant}/backend", 0, 1000);
        var evaluated = ledger.Select(e => Hiring.Agents.Supervisor.EventJson.Deserialize<CandidateEvaluation>(e.Payload).CandidateId).ToList();
        Assert.Equal(holders.Select(h => h.Id).Order(), evaluated.Order());

        await second.StopAllSilosAsync();
        hold.Release();
        await first.DisposeAsync();
    }

    private static async Task<bool> Ended(InProcessTestCluster cluster)
    {
        var runs = await cluster.Client.GetGrain<IProjectAutopilot>(GrainKeys.Project(Tenant, "backend")).Runs(5);
        return runs.Count == 1 && runs[0].Status != AutopilotRunStatus.Running;
    }

    private static Task<InProcessTestCluster> StartAsync(string data, EvaluationHold? hold) =>
        RealAgentsCluster.StartAsync(data, silo =>
        {
            silo.Services.Configure<AutopilotOptions>(o => (o.BatchSize, o.WakePeriod) = (10, TimeSpan.FromSeconds(1)));
            if (hold is not null)
            {
                silo.Services.RemoveAll<IReasoningTask<EvaluationRequest, CandidateEvaluation>>();
                silo.Services.AddSingleton(sp => hold.Around(sp.GetRequiredService<Hiring.Reasoning.Tasks.IBuiltInTask<EvaluationRequest, CandidateEvaluation>>()));
            }
        });
}
