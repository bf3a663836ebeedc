using Xunit.Abstractions;
using Hiring.Agents.Autopilot;
using Hiring.Agents.Cluster;
using Hiring.Agents.Identity;
using Hiring.Agents.Supervisor;
using Hiring.Agents.Tests.Autopilot;
using Hiring.Contracts.Autopilot;
using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Supervisor;
using Hiring.Gateway.Hosting;
using Hiring.Talent;
using Npgsql;

namespace Hiring.Gateway.Tests.Cluster;

/// <summary>
/// Two nodes of the real program on one throwaway PostgreSQL: the node an autopilot run works on is killed
/// (<c>kill -9</c>) between two of its checkpoints, and nobody calls the autopilot after: its wake reminder brings it
/// back on the other node, which goes on from the last checkpoint. The kill lands while batches remain: a trigger holds
/// the second batch's evidence append on a lock the test keeps until the node is dead. Every holder of the must-have is evaluated into the
/// evidence ledger and added to the pipeline once, whatever the kill cut short.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class AutopilotFailoverTests(ITestOutputHelper output) : ClusterNodesTest(output)
{
    private const string Tenant = "acme";
    private const int Holders = 40;
    private const int Others = 40;
    private const int BatchSize = 5;

    private static readonly TimeSpan WorkTimeout = TimeSpan.FromSeconds(120);

    private static readonly string Owner = GrainKeys.Recruiter(Tenant, "ana");

    private static readonly string ProjectKey = GrainKeys.Project(Tenant, "backend");

    private static readonly Qualification Kubernetes = new(
        "q1", "kubernetes", QualificationKind.MustHave, 1.0, 1, true, PolicyVerdict.Ok, QualificationOrigin.Request, QualificationCategory.Skill, "kubernetes");

    /// <summary>Small batches, so a run passes many checkpoints; a wake-up every 2 s (Orleans allows reminders that often only when told).</summary>
    private static readonly Dictionary<string, string> Settings = new(SiloProcess.FastFailureDetection)
    {
        [$"{AutopilotOptions.Section}:BatchSize"] = BatchSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"{AutopilotOptions.Section}:WakePeriod"] = "00:00:02",
        [$"{HiringSettings.Reminders}:MinimumReminderPeriod"] = "00:00:01",
    };

    [Fact]
    public async Task ARunOnAKilledSiloFinishesOnTheOtherWithEachHolderEvaluatedAndAddedOnce()
    {
        var holders = AutopilotPeople.Holders("failover", Holders);
        var others = AutopilotPeople.Others("failover", Others);
        var nodes = await SiloProcess.StartReadyAsync(2, Postgres.ConnectionString, Settings, StartTimeout);
        await using var node0 = nodes[0];
        await using var node1 = nodes[1];
        Phase("both silos ready");
        using var orleans = await ClusterClient.ConnectAsync(Postgres.ConnectionString);
        var cluster = orleans.Services.GetRequiredService<IClusterClient>();
        using var scope = TenantScope.For(Tenant);
        var project = cluster.GetGrain<IHiringProject>(ProjectKey);
        var autopilot = cluster.GetGrain<IProjectAutopilot>(ProjectKey);
        var owner = cluster.GetGrain<IRecruiterSupervisor>(Owner);

        await project.Create(Owner, AutopilotPeople.Spec, [Kubernetes]);
        await project.Decide(new QualificationChange([Kubernetes.Id], [], []));
        // Set before the profiles arrive: a project's first run reads what arrived after its autopilot was first set.
        await autopilot.Configure(false, null, Owner);
        await using (var pool = NpgsqlDataSource.Create(Postgres.ConnectionString))
        {
            await new PostgresProfileStore(pool).UpsertAsync(TalentPoolScope.Private(Tenant), [.. holders, .. others]);
        }

        await using var gate = await EvidenceGate.CloseAsync(Postgres.ConnectionString, $"evidence/{ProjectKey}", BatchSize);
        var runId = (await autopilot.RunNow(Owner)).Id;
        // The first batch checkpoints; the second's evidence waits at the gate, and the autopilot with it.
        await gate.WaitUntilHeldAsync(WorkTimeout);
        var host = await ClusterClient.WhereIsAsync(cluster, autopilot);
        var a = nodes.Single(n => n.Endpoint == host);
        var b = nodes.Single(n => n != a);
        a.Kill();
        Phase($"silo A ({host}) killed with {runId} while the evidence of a batch after the first waited at the gate");
        await gate.OpenAsync();

        // Nobody calls the autopilot now: the owner's log says when the run ended.
        List<AssistantEvent> log = [];
        await SiloProcess.ExplainFailureAsync([b], () => Wait.UntilAsync(async () =>
        {
            log = await OrNullAsync(() => owner.EventsAfter(0, 500)) is { } events ? [.. events] : log;
            return log.Any(e => e.Kind == AssistantEventKind.AutopilotRunFinished);
        }, WorkTimeout, "the wake reminder resumed the run on B and it finished"));
        Phase("the run finished on B");

        Assert.Equal(b.Endpoint, await ClusterClient.WhereIsAsync(cluster, autopilot));
        var expected = holders.Select(h => h.Id).Order(StringComparer.Ordinal).ToList();
        using var logs = new PostgresLogStore(Postgres.ConnectionString);
        var ledger = (await logs.ReadAfterAsync($"evidence/{ProjectKey}", 0, 1000)).Select(e => EventJson.Deserialize<CandidateEvaluation>(e.Payload)).ToList();
        Assert.Equal(expected, ledger.Select(e => e.CandidateId).Order(StringComparer.Ordinal));
        var pipeline = (await project.Snapshot()).Pipeline;
        Assert.Equal(expected, pipeline.Select(e => e.CandidateId).Order(StringComparer.Ordinal));
        // The batch the kill cut short, applied again on B, counts whom it added (and how strongly) once.
        var run = Assert.Single(await autopilot.Runs(5));
        Assert.Equal(
            (runId, AutopilotRunStatus.Finished, Holders + Others, Holders, ledger.Count(e => e.Recommendation == Recommendation.StrongMatch), (Holders + Others) / BatchSize),
            (run.Id, run.Status, run.Counts.Scanned, run.Counts.Added, run.Counts.Strong, run.Batches));
        Assert.Single(log, e => e.Kind == AssistantEventKind.AutopilotRunFinished);
    }

    /// <summary>A call that may fail while the cluster still routes to the dead silo; the wait retries it.</summary>
    private static async Task<T?> OrNullAsync<T>(Func<Task<T>> call)
        where T : class
    {
        try
        {
            return await call();
        }
        catch (Exception e) when (e is TimeoutException or OrleansException or SiloUnavailableException or OperationCanceledException)
        {
            return null;
        }
    }
}
