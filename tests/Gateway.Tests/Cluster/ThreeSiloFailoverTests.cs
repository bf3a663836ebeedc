using System.Text.Json;
using Xunit.Abstractions;
using Hiring.Agents.Identity;
using Hiring.Contracts.Supervisor;
using Hiring.Gateway.GraphQL.Auth;

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
    private const string Key = "test-key-failover";
    private const string Intake = "I need a senior backend engineer in Berlin, Go and Kubernetes, 5+ years";
    private const string FollowUp = "find candidates";
    private const string AfterTheKill = "thanks";

    private static readonly TimeSpan WorkTimeout = TimeSpan.FromSeconds(120);

    /// <summary>Every node accepts the recruiter's key; subscriptions check the log after 2 quiet seconds; a step lost with its silo is handed again after 5.</summary>
    private static Dictionary<string, string> Settings() => new(SiloProcess.FastFailureDetection)
    {
        [$"{AuthSettings.Section}:ApiKeys:0:KeyHash"] = ApiKeyHash.Compute(Key),
        [$"{AuthSettings.Section}:ApiKeys:0:Tenant"] = "acme",
        [$"{AuthSettings.Section}:ApiKeys:0:Recruiter"] = "ana",
        ["Hiring:Limits:RequestsPerWindow"] = "100000",
        ["Hiring:Limits:LogCheckSeconds"] = "2",
        ["Hiring:Supervisor:StepCheckPeriod"] = "00:00:05",
        ["Hiring:Supervisor:RetryBaseDelay"] = "00:00:00.200",
    };

    [Fact]
    public async Task APlanInFlightOnAKilledSiloFinishesOnAnotherAndTheResumedSubscriptionMissesAndRepeatsNothing()
    {
        var nodes = await SiloProcess.StartReadyAsync(3, Postgres.ConnectionString, Settings(), StartTimeout);
        await using var node0 = nodes[0];
        await using var node1 = nodes[1];
        await using var node2 = nodes[2];
        Phase("three silos ready");
        using var orleans = await ClusterClient.ConnectAsync(Postgres.ConnectionString);
        var cluster = orleans.Services.GetRequiredService<IClusterClient>();
        var supervisor = cluster.GetGrain<IRecruiterSupervisor>(GrainKeys.Recruiter("acme", "ana"));

        // The assistant activates where the first call places it; the node hosting it is the one the recruiter talks to (A).
        await new NodeGraphQL(nodes[0], Key).QueryAsync("{ events(max: 1) { cursor } }");
        var host = await ClusterClient.WhereIsAsync(cluster, supervisor);
        var a = nodes.Single(n => n.Endpoint == host);
        var b = nodes.First(n => n != a);
        var onA = new NodeGraphQL(a, Key);
        Phase($"the assistant is on {host}");

        await using var first = await RecordedSubscription.StartAsync(a.WebSocket, Key, after: 0);
        await PostAsync(onA, "m-1", Intake);
        await SiloProcess.ExplainFailureAsync(nodes, () => Wait.UntilAsync(async () => (await PendingAsync(onA)).Count > 0, WorkTimeout, "the intake plan asks to approve the qualifications"));
        // Acknowledged by A and never worked on there: only the durable inbox knows it.
        await PostAsync(onA, "m-2", FollowUp);
        var beforeKill = await onA.EventsAsync();
        var inFlight = PlansOf(beforeKill).Where(p => !p.Done).Select(p => p.Id).ToList();
        Assert.NotEmpty(inFlight);
        Assert.Equal(host, await ClusterClient.WhereIsAsync(cluster, supervisor));

        a.Kill();
        await first.EndedAsync(WorkTimeout);
        Phase($"silo A killed with plans {string.Join(", ", inFlight)} in flight; the first subscription saw {first.Sequences.Count} events, up to {first.Cursor}");

        // The client moves to B once B answers for the assistant (it does once the cluster has declared A dead).
        var onB = new NodeGraphQL(b, Key);
        await SiloProcess.ExplainFailureAsync(nodes, () => Wait.UntilAsync(() => AnswersAsync(onB), WorkTimeout, "B answers for the assistant"));
        await using var second = await RecordedSubscription.StartAsync(b.WebSocket, Key, first.Cursor);
        // It sends its last message again, not knowing whether A kept it: accepted once.
        Assert.True((await PostAsync(onB, "m-2", FollowUp)).GetProperty("duplicate").GetBoolean());
        await PostAsync(onB, "m-3", AfterTheKill);

        var decided = new List<string>();
        List<LoggedEvent> log = [];
        await SiloProcess.ExplainFailureAsync(nodes, () => Wait.UntilAsync(async () =>
        {
            // Like a recruiter: when the assistant is waiting for them, they approve what it asked first.
            log = await onB.EventsAsync();
            if (await PendingAsync(onB) is [.., var oldest] && AllWaitForApproval(log))
            {
                await onB.QueryAsync("mutation($id: ID!) { decideApproval(id: $id, verdict: APPROVE) { id } }", new { id = oldest });
                decided.Add(oldest);
                log = await onB.EventsAsync();
            }

            return decided.Count > 0 && PlansOf(log).All(p => p.Done) && log.Count(e => e.Kind == "MESSAGE_RECEIVED") == 3 && (await PendingAsync(onB)).Count == 0;
        }, WorkTimeout, "every plan finished after silo A was killed"));
        Phase($"all plans finished; the log holds {log.Count} events");
        await SiloProcess.ExplainFailureAsync(nodes, () => Wait.UntilAsync(() => second.Cursor >= log[^1].Sequence, WorkTimeout, "the resumed subscription reached the end of the log"));

        Output.WriteLine(string.Join('\n', log));
        Assert.Equal(Enumerable.Range(1, log.Count).Select(i => (long)i), log.Select(e => e.Sequence));
        // Across both connections, every event of the log once, in order: no gap at the switch, no duplicate.
        Assert.Equal(log.Select(e => e.Sequence), first.Sequences.Concat(second.Sequences));
        Assert.Null(second.EndedBy);
        Assert.All(inFlight, id => Assert.Contains(PlansOf(log), p => p.Id == id && p.Completed));
        Assert.DoesNotContain(log, e => e.Kind == "PLAN_FAILED");
        Assert.Contains(await ClusterClient.WhereIsAsync(cluster, supervisor), nodes.Where(n => n != a).Select(n => n.Endpoint));

        // Each message once in the inbox's events and in the conversation, the re-sent one included.
        Assert.Equal([Intake, FollowUp, AfterTheKill], log.Where(e => e.Kind == "MESSAGE_RECEIVED").Select(e => e.Text));
        var turns = (await onB.QueryAsync("{ conversation(max: 200) { turns { role clientMessageId } } }")).GetProperty("conversation").GetProperty("turns");
        Assert.Equal(["m-1", "m-2", "m-3"], turns.EnumerateArray().Where(t => t.GetProperty("role").GetString() == "RECRUITER").Select(t => t.GetProperty("clientMessageId").GetString()));

        // Each approval asked once and decided once; the decision remembered once.
        var approvals = (await onB.QueryAsync("{ approvals(pendingOnly: false) { id status } }")).GetProperty("approvals").EnumerateArray().ToList();
        Assert.Equal(decided.Order(StringComparer.Ordinal), approvals.Select(x => x.GetProperty("id").GetString()!).Order(StringComparer.Ordinal));
        Assert.Equal(decided.Count, log.Count(e => e.Kind == "APPROVAL_REQUESTED"));
        Assert.Equal(decided.Count, log.Count(e => e.Kind == "APPROVAL_DECIDED"));
        var memories = (await onB.QueryAsync("{ memories { kind reference } }")).GetProperty("memories").EnumerateArray();
        Assert.Equal(decided.Order(StringComparer.Ordinal), memories.Where(m => m.GetProperty("kind").GetString() == "DECISION").Select(m => m.GetProperty("reference").GetString()!).Order(StringComparer.Ordinal));
    }

    private static async Task<JsonElement> PostAsync(NodeGraphQL node, string id, string text) =>
        (await node.QueryAsync("mutation($id: String!, $text: String!) { sendMessage(clientMessageId: $id, text: $text) { duplicate } }", new { id, text }))
        .GetProperty("sendMessage");

    private static async Task<List<string>> PendingAsync(NodeGraphQL node) =>
        [.. (await node.QueryAsync("{ approvals { id } }")).GetProperty("approvals").EnumerateArray().Select(x => x.GetProperty("id").GetString()!)];

    /// <summary>True once the node reaches the assistant; false while the cluster still routes to the dead silo.</summary>
    private static async Task<bool> AnswersAsync(NodeGraphQL node)
    {
        try
        {
            await node.QueryAsync("{ events(max: 1) { cursor } }");
            return true;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Every unfinished plan's last word is a request for approval: nothing works until the recruiter decides.</summary>
    private static bool AllWaitForApproval(IReadOnlyList<LoggedEvent> log) => PlansOf(log)
        .Where(p => !p.Done)
        .All(p => log.Last(e => e.PlanId == p.Id).Kind == "APPROVAL_REQUESTED");

    private static IEnumerable<PlanState> PlansOf(IReadOnlyList<LoggedEvent> log) => log
        .Where(e => e is { Kind: "PLAN_CREATED", PlanId: not null })
        .Select(created => new PlanState(
            created.PlanId!,
            log.Any(e => e.PlanId == created.PlanId && e.Kind == "PLAN_COMPLETED"),
            log.Any(e => e.PlanId == created.PlanId && e.Kind is "PLAN_COMPLETED" or "PLAN_FAILED")));

    private sealed record PlanState(string Id, bool Completed, bool Done);
}
