using Xunit.Abstractions;
using Hiring.Agents.Identity;
using Hiring.Contracts.Supervisor;

namespace Hiring.Gateway.Tests.Cluster;

/// <summary>
/// Three nodes of the real program, each its own process, on one throwaway PostgreSQL. A recruiter talks to the node
/// that hosts their assistant over GraphQL (HTTP and graphql-transport-ws) and that node is killed (<c>kill -9</c>)
/// while a plan is in flight: the plan finishes on a survivor, the client resumes its subscription on another node
/// from its cursor, and the log holds every message, approval, decision and event exactly once.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ThreeSiloFailoverTests(ITestOutputHelper output) : ClusterNodesTest(output)
{
    private const string Intake = "I need a senior backend engineer in Berlin, Go and Kubernetes, 5+ years";
    private const string FollowUp = "find candidates";
    private const string AfterTheKill = "thanks";

    private static readonly TimeSpan WorkTimeout = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task APlanInFlightOnAKilledSiloFinishesOnAnotherAndTheResumedSubscriptionMissesAndRepeatsNothing()
    {
        var nodes = await SiloProcess.StartReadyAsync(3, Postgres.ConnectionString, ClusterRecruiter.NodeSettings(SiloProcess.FastFailureDetection), StartTimeout);
        await using var node0 = nodes[0];
        await using var node1 = nodes[1];
        await using var node2 = nodes[2];
        Phase("three silos ready");
        using var orleans = await ClusterClient.ConnectAsync(Postgres.ConnectionString);
        var cluster = orleans.Services.GetRequiredService<IClusterClient>();
        var supervisor = cluster.GetGrain<IRecruiterSupervisor>(GrainKeys.Recruiter("acme", "ana"));

        // The assistant activates where the first call places it; the node hosting it is the one the recruiter talks to (A).
        await new NodeGraphQL(nodes[0], ClusterRecruiter.ApiKey).QueryAsync("{ events(max: 1) { cursor } }");
        var host = await ClusterClient.WhereIsAsync(cluster, supervisor);
        var a = nodes.Single(n => n.Endpoint == host);
        var b = nodes.First(n => n != a);
        var onA = new NodeGraphQL(a, ClusterRecruiter.ApiKey);
        Phase($"the assistant is on {host}");

        await using var first = await RecordedSubscription.StartAsync(a.WebSocket, ClusterRecruiter.ApiKey, after: 0);
        await ClusterRecruiter.SendAsync(onA, "m-1", Intake);
        await SiloProcess.ExplainFailureAsync(nodes, () => Wait.UntilAsync(async () => (await ClusterRecruiter.PendingAsync(onA)).Count > 0, WorkTimeout, "the intake plan asks to approve the qualifications"));
        // Acknowledged by A and never worked on there: only the durable inbox knows it.
        await ClusterRecruiter.SendAsync(onA, "m-2", FollowUp);
        var beforeKill = await onA.EventsAsync();
        var inFlight = ClusterRecruiter.PlansOf(beforeKill).Where(p => !p.Done).Select(p => p.Id).ToList();
        Assert.NotEmpty(inFlight);
        Assert.Equal(host, await ClusterClient.WhereIsAsync(cluster, supervisor));

        a.Kill();
        await first.EndedAsync(WorkTimeout);
        Phase($"silo A killed with plans {string.Join(", ", inFlight)} in flight; the first subscription saw {first.Sequences.Count} events, up to {first.Cursor}");

        // The client moves to B once B answers for the assistant (it does once the cluster has declared A dead).
        var onB = new NodeGraphQL(b, ClusterRecruiter.ApiKey);
        await SiloProcess.ExplainFailureAsync(nodes, () => Wait.UntilAsync(() => ClusterRecruiter.AnswersAsync(onB), WorkTimeout, "B answers for the assistant"));
        await using var second = await RecordedSubscription.StartAsync(b.WebSocket, ClusterRecruiter.ApiKey, first.Cursor);
        // It sends its last message again, not knowing whether A kept it: accepted once.
        Assert.True((await ClusterRecruiter.SendAsync(onB, "m-2", FollowUp)).GetProperty("duplicate").GetBoolean());
        await ClusterRecruiter.SendAsync(onB, "m-3", AfterTheKill);

        var decided = new List<string>();
        List<LoggedEvent> log = [];
        await SiloProcess.ExplainFailureAsync(nodes, () => Wait.UntilAsync(async () =>
        {
            log = await ClusterRecruiter.DecideWhenWaitingAsync(onB, decided);
            return decided.Count > 0 && await ClusterRecruiter.AllDoneAsync(onB, log, messages: 3);
        }, WorkTimeout, "every plan finished after silo A was killed"));
        Phase($"all plans finished; the log holds {log.Count} events");
        await SiloProcess.ExplainFailureAsync(nodes, () => Wait.UntilAsync(() => second.Cursor >= log[^1].Sequence, WorkTimeout, "the resumed subscription reached the end of the log"));

        Output.WriteLine(string.Join('\n', log));
        // Across both connections, every event of the log once, in order: no gap at the switch, no duplicate.
        Assert.Equal(log.Select(e => e.Sequence), first.Sequences.Concat(second.Sequences));
        Assert.Null(second.EndedBy);
        Assert.All(inFlight, id => Assert.Contains(ClusterRecruiter.PlansOf(log), p => p.Id == id && p.Completed));
        Assert.Contains(await ClusterClient.WhereIsAsync(cluster, supervisor), nodes.Where(n => n != a).Select(n => n.Endpoint));
        // Each message once, the re-sent one included; each approval asked, decided and remembered once.
        await ClusterRecruiter.AssertEachOnceAsync(onB, log, [("m-1", Intake), ("m-2", FollowUp), ("m-3", AfterTheKill)], decided);
    }
}
