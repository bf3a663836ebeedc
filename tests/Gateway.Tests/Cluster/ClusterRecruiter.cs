using System.Text.Json;
using Hiring.Gateway.GraphQL.Auth;

namespace Hiring.Gateway.Tests.Cluster;

/// <summary>
/// A recruiter of the multi-process cluster tests, over GraphQL to whichever node it talks to: what it does (sends
/// messages, approves what the assistant asks once it waits) and what it checks at the end: every message, event,
/// approval, decision and memory exactly once, whatever happened to the nodes and the network meanwhile.
/// </summary>
public static class ClusterRecruiter
{
    /// <summary>The recruiter's API key (acme/ana), which <see cref="NodeSettings"/> makes every node accept.</summary>
    public const string ApiKey = "test-key-cluster";

    /// <summary>
    /// <paramref name="membership"/> and what the recruiter needs of every node: its key accepted, no rate limit,
    /// subscriptions that check the log after 2 quiet seconds, and a step lost with its silo handed again after 5.
    /// </summary>
    public static Dictionary<string, string> NodeSettings(IReadOnlyDictionary<string, string> membership) => new(membership)
    {
        [$"{AuthSettings.Section}:ApiKeys:0:KeyHash"] = ApiKeyHash.Compute(ApiKey),
        [$"{AuthSettings.Section}:ApiKeys:0:Tenant"] = "acme",
        [$"{AuthSettings.Section}:ApiKeys:0:Recruiter"] = "ana",
        ["Hiring:Limits:RequestsPerWindow"] = "100000",
        ["Hiring:Limits:LogCheckSeconds"] = "2",
        ["Hiring:Supervisor:StepCheckPeriod"] = "00:00:05",
        ["Hiring:Supervisor:RetryBaseDelay"] = "00:00:00.200",
    };

    /// <summary>Sends a message with the client's id; returns the <c>sendMessage</c> answer (its <c>duplicate</c> flag).</summary>
    public static async Task<JsonElement> SendAsync(NodeGraphQL node, string id, string text) =>
        (await node.QueryAsync("mutation($id: String!, $text: String!) { sendMessage(clientMessageId: $id, text: $text) { duplicate } }", new { id, text }))
        .GetProperty("sendMessage");

    /// <summary>The approvals waiting for a decision, newest first.</summary>
    public static async Task<List<string>> PendingAsync(NodeGraphQL node) =>
        [.. (await node.QueryAsync("{ approvals { id } }")).GetProperty("approvals").EnumerateArray().Select(x => x.GetProperty("id").GetString()!)];

    /// <summary>True once the node reaches the assistant; false while the cluster still routes to a dead silo or a fault is in the way.</summary>
    public static async Task<bool> AnswersAsync(NodeGraphQL node)
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

    /// <summary>
    /// One look at the log, like a recruiter: when the assistant is waiting for them, they approve what it asked first
    /// (recorded in <paramref name="decided"/>). Returns the log as it stands after.
    /// </summary>
    public static async Task<List<LoggedEvent>> DecideWhenWaitingAsync(NodeGraphQL node, List<string> decided)
    {
        var log = await node.EventsAsync();
        if (await PendingAsync(node) is [.., var oldest] && AllWaitForApproval(log))
        {
            // Recorded before it is sent: a decision whose answer was lost may have been made, and is sent again while it shows pending.
            if (!decided.Contains(oldest))
            {
                decided.Add(oldest);
            }

            await node.QueryAsync("mutation($id: ID!) { decideApproval(id: $id, verdict: APPROVE) { id } }", new { id = oldest });
            log = await node.EventsAsync();
        }

        return log;
    }

    /// <summary>
    /// True when <paramref name="messages"/> messages were received, each has its plan, every plan is done and nothing
    /// waits for a decision.
    /// </summary>
    public static async Task<bool> AllDoneAsync(NodeGraphQL node, IReadOnlyList<LoggedEvent> log, int messages) =>
        log.Count(e => e.Kind == "MESSAGE_RECEIVED") == messages && PlannedCount(log) == messages && PlansOf(log).All(p => p.Done)
        && (await PendingAsync(node)).Count == 0;

    // Every message gets one plan (m and its inbox sequence), even a thanks.
    private static int PlannedCount(IReadOnlyList<LoggedEvent> log) =>
        log.Where(e => e.Kind == "PLAN_CREATED").Select(e => e.PlanId).Distinct(StringComparer.Ordinal).Count();

    /// <summary>
    /// The log holds sequences 1..N, no failed plan, each of <paramref name="messages"/> once (in the inbox's events and
    /// in the conversation, in order), each approval in <paramref name="decided"/> asked once and decided once, and its
    /// decision remembered once.
    /// </summary>
    public static async Task AssertEachOnceAsync(NodeGraphQL node, IReadOnlyList<LoggedEvent> log, IReadOnlyList<(string Id, string Text)> messages, IReadOnlyList<string> decided)
    {
        Assert.Equal(Enumerable.Range(1, log.Count).Select(i => (long)i), log.Select(e => e.Sequence));
        Assert.DoesNotContain(log, e => e.Kind == "PLAN_FAILED");

        Assert.Equal(messages.Select(m => m.Text), log.Where(e => e.Kind == "MESSAGE_RECEIVED").Select(e => e.Text));
        Assert.Equal(messages.Count, log.Count(e => e.Kind == "PLAN_CREATED"));
        var turns = (await node.QueryAsync("{ conversation(max: 200) { turns { role clientMessageId } } }")).GetProperty("conversation").GetProperty("turns");
        Assert.Equal(messages.Select(m => m.Id), turns.EnumerateArray().Where(t => t.GetProperty("role").GetString() == "RECRUITER").Select(t => t.GetProperty("clientMessageId").GetString()));

        var approvals = (await node.QueryAsync("{ approvals(pendingOnly: false) { id status } }")).GetProperty("approvals").EnumerateArray().ToList();
        Assert.Equal(decided.Order(StringComparer.Ordinal), approvals.Select(x => x.GetProperty("id").GetString()!).Order(StringComparer.Ordinal));
        Assert.Equal(decided.Count, log.Count(e => e.Kind == "APPROVAL_REQUESTED"));
        Assert.Equal(decided.Count, log.Count(e => e.Kind == "APPROVAL_DECIDED"));
        var memories = (await node.QueryAsync("{ memories { kind reference } }")).GetProperty("memories").EnumerateArray();
        Assert.Equal(decided.Order(StringComparer.Ordinal), memories.Where(m => m.GetProperty("kind").GetString() == "DECISION").Select(m => m.GetProperty("reference").GetString()!).Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// Every plan the log created, whether it completed and whether it is done (completed or failed). A plan whose step
    /// failed every attempt is replaced by a new plan for the same message (<c>PLAN_REPLANNED</c>, its id with an "r"): it
    /// is as done, and as completed, as its replacement, which is a plan of its own.
    /// </summary>
    public static IEnumerable<PlanState> PlansOf(IReadOnlyList<LoggedEvent> log)
    {
        foreach (var id in log.Where(e => e is { Kind: "PLAN_CREATED" or "PLAN_REPLANNED", PlanId: not null }).Select(e => e.PlanId!).Distinct(StringComparer.Ordinal))
        {
            var judged = Superseded(log, id) ? id + "r" : id;
            yield return new PlanState(
                id,
                log.Any(e => e.PlanId == judged && e.Kind == "PLAN_COMPLETED"),
                log.Any(e => e.PlanId == judged && e.Kind is "PLAN_COMPLETED" or "PLAN_FAILED"));
        }
    }

    private static bool Superseded(IReadOnlyList<LoggedEvent> log, string id) => log.Any(e => e.Kind == "PLAN_REPLANNED" && e.PlanId == id + "r");

    /// <summary>Every unfinished plan's last word is a request for approval: nothing works until the recruiter decides.</summary>
    private static bool AllWaitForApproval(IReadOnlyList<LoggedEvent> log) => PlansOf(log)
        .Where(p => !p.Done && !Superseded(log, p.Id))
        .All(p => log.Last(e => e.PlanId == p.Id).Kind == "APPROVAL_REQUESTED");
}

/// <summary>One plan of a recruiter's log.</summary>
public sealed record PlanState(string Id, bool Completed, bool Done);
