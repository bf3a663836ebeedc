using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Hiring.Gateway.Tests.Browser;

/// <summary>
/// A project arranged through GraphQL the way a recruiter gets one by chat, shared by the workspace's
/// browser tests (made once per fixture, on first use): first with its calibration batch waiting for
/// marks, then, when a test needs it, with candidates that sourcing found and evaluation backed with quotes.
/// </summary>
public sealed class ProjectArrangement
{
    /// <summary>A role the 1,500-profile demo pool can fill (the Berlin Go and Kubernetes one finds no one there).</summary>
    public const string Request = "I need a backend engineer with Python and Docker";
    public const string FindMore = "Find more candidates like the ones I liked";
    private const string Send = "mutation($id: String!, $text: String!, $project: ID) { sendMessage(clientMessageId: $id, text: $text, projectId: $project) { inboxSequence } }";
    private const string Pending = "{ approvals(pendingOnly: true) { id planId action } }";
    private const string Decide = "mutation($id: ID!) { decideApproval(id: $id, verdict: APPROVE) { status } }";
    private const string Rate = "mutation($project: ID!, $candidate: ID!) { rateCandidate(projectId: $project, candidateId: $candidate, verdict: UP) { clientMessageId } }";
    private const string Stages = "query($id: ID!) { project(id: $id) { pipeline { candidateId stage moves { from } } } }";
    private const string Best = "query($id: ID!) { project(id: $id) { pipeline(first: 8) { candidateId stage evidence { assessments { quotes { section text } } } } } }";
    /// <summary>How many profiles WorkspaceFixture seeds.</summary>
    private const int DemoPoolProfiles = 1500;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    // The gateway allows 300 requests a minute per key, the pages' included: poll every two seconds.
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);
    private static readonly ConditionalWeakTable<WorkspaceFixture, ProjectArrangement> Arrangements = [];
    private readonly WorkspaceFixture _workspace;
    private readonly Lazy<Task<string>> _calibrated;
    private readonly Lazy<Task<string>> _evaluated;
    private string? _seen;

    private ProjectArrangement(WorkspaceFixture workspace)
    {
        _workspace = workspace;
        _calibrated = new(StartAsync);
        _evaluated = new(EvaluateAsync);
    }

    public static ProjectArrangement For(WorkspaceFixture workspace) => Arrangements.GetValue(workspace, w => new ProjectArrangement(w));

    /// <summary>The project's id once its qualifications are approved and its calibration batch is in the pipeline.</summary>
    public Task<string> CalibratedProjectAsync() => _calibrated.Value;

    /// <summary>The same project once a calibration candidate is liked and a sourcing round has evaluated candidates with quoted evidence.</summary>
    public Task<string> EvaluatedProjectAsync() => _evaluated.Value;

    /// <summary>The best-ranked evaluated candidates of a project that have quoted evidence, with their quotes.</summary>
    public async Task<IReadOnlyList<(string CandidateId, string Stage, IReadOnlyList<(string Section, string Text)> Quotes)>> EvidencedCandidatesAsync(string projectId)
    {
        var data = await _workspace.QueryAsync(Best, new { id = projectId });
        return [.. data.GetProperty("project").GetProperty("pipeline").EnumerateArray()
            .Where(e => e.GetProperty("evidence").ValueKind == JsonValueKind.Object)
            .Select(e => (
                e.GetProperty("candidateId").GetString()!,
                e.GetProperty("stage").GetString()!,
                (IReadOnlyList<(string, string)>)[.. e.GetProperty("evidence").GetProperty("assessments").EnumerateArray()
                    .SelectMany(a => a.GetProperty("quotes").EnumerateArray())
                    .Select(q => (q.GetProperty("section").GetString()!, q.GetProperty("text").GetString()!))]))
            .Where(e => e.Item3.Count > 0)];
    }

    /// <summary>Each candidate's stage in the project's pipeline.</summary>
    public async Task<Dictionary<string, string>> StagesAsync(string projectId)
    {
        var data = await _workspace.QueryAsync(Stages, new { id = projectId });
        return data.GetProperty("project").GetProperty("pipeline").EnumerateArray()
            .ToDictionary(e => e.GetProperty("candidateId").GetString()!, e => e.GetProperty("stage").GetString()!, StringComparer.Ordinal);
    }

    private async Task<string> StartAsync()
    {
        // The fixture starts once a search finds someone; calibration needs the whole pool, or it finds too few.
        await UntilAsync(async () => (await _workspace.QueryAsync("{ insights(query: \"\") { matchedProfiles } }")).GetProperty("insights").GetProperty("matchedProfiles").GetInt64() >= DemoPoolProfiles, Patience, "the whole demo pool is indexed");
        var before = await ProjectIdsAsync();
        var plan = await SendAsync(Request, project: null);
        await ApproveAsync(plan, "APPLY_QUALIFICATION_CHANGE");
        string? projectId = null;
        await UntilAsync(async () => (projectId = (await ProjectIdsAsync()).Except(before).FirstOrDefault()) is not null, Patience, "intake created the project");
        await UntilAsync(async () => (await StagesAsync(projectId!)).ContainsValue("CALIBRATION"), Patience, "the calibration batch is in the pipeline");
        return projectId!;
    }

    private async Task<string> EvaluateAsync()
    {
        var projectId = await CalibratedProjectAsync();
        // Sourcing goes on once the recruiter has said what they like: a thumbs up on one calibration candidate will do.
        var batch = (await _workspace.QueryAsync(Stages, new { id = projectId })).GetProperty("project").GetProperty("pipeline").EnumerateArray().ToList();
        if (!batch.Any(e => e.GetProperty("moves").EnumerateArray().Any(m => m.GetProperty("from").GetString() == "CALIBRATION")))
        {
            var liked = batch.First(e => e.GetProperty("stage").GetString() == "CALIBRATION").GetProperty("candidateId").GetString()!;
            await _workspace.QueryAsync(Rate, new { project = projectId, candidate = liked });
            await UntilAsync(async () => (await StagesAsync(projectId))[liked] == "SOURCED", Patience, "the liked calibration candidate became eligible");
        }

        var plan = await SendAsync(FindMore, projectId);
        await ApproveAsync(plan, "START_SOURCING");
        // The whole round, so that later tests do not queue behind it; a shortlist it proposes is approved too.
        await UntilAsync(async () => await FinishedAsync(plan), Patience, $"plan {plan} finished");
        Assert.True((await EvidencedCandidatesAsync(projectId)).Count >= 2, $"sourcing evaluated too few candidates with quoted evidence:\n{await LastEventsAsync()}");
        return projectId;
    }

    private async Task<bool> FinishedAsync(string plan)
    {
        var pending = (await _workspace.QueryAsync(Pending)).GetProperty("approvals").EnumerateArray().Where(a => a.GetProperty("planId").GetString() == plan).ToList();
        foreach (var approval in pending)
        {
            await _workspace.QueryAsync(Decide, new { id = approval.GetProperty("id").GetString() });
        }

        var events = (await _workspace.QueryAsync("query($after: String) { events(after: $after, max: 200) { cursor kind planId } }", new { after = _seen })).GetProperty("events").EnumerateArray().ToList();
        _seen = events.Count > 0 ? events[^1].GetProperty("cursor").GetString() : _seen;
        return events.Any(e => e.GetProperty("planId").GetString() == plan && e.GetProperty("kind").GetString() is "PLAN_COMPLETED" or "PLAN_FAILED");
    }

    private async Task<string> SendAsync(string text, string? project)
    {
        var data = await _workspace.QueryAsync(Send, new { id = Guid.NewGuid().ToString("N"), text, project });
        // A message's plan is named after its inbox sequence ("m" + sequence).
        return $"m{data.GetProperty("sendMessage").GetProperty("inboxSequence").GetInt64()}";
    }

    private async Task ApproveAsync(string plan, string action)
    {
        string? id = null;
        await UntilAsync(
            async () =>
            {
                var pending = (await _workspace.QueryAsync(Pending)).GetProperty("approvals").EnumerateArray();
                id = pending.FirstOrDefault(a => a.GetProperty("planId").GetString() == plan && a.GetProperty("action").GetString() == action) is { ValueKind: JsonValueKind.Object } found
                    ? found.GetProperty("id").GetString()
                    : null;
                return id is not null;
            },
            Patience,
            $"plan {plan} asked for {action}");
        await _workspace.QueryAsync(Decide, new { id });
    }

    private async Task UntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out after {timeout} waiting until {what}. The assistant's last events:\n{await LastEventsAsync()}");
            }

            // Polling interval, not a guess at how long the work takes.
            await Task.Delay(PollInterval);
        }
    }

    private async Task<string> LastEventsAsync() =>
        string.Join('\n', (await EventsAsync()).TakeLast(12).Select(e => $"{e.GetProperty("planId")} {e.GetProperty("kind").GetString()}: {e.GetProperty("text").GetString()}"));

    private async Task<List<JsonElement>> EventsAsync()
    {
        var events = new List<JsonElement>();
        string? after = null;
        for (var page = 0; page < 20; page++)
        {
            var batch = (await _workspace.QueryAsync("query($after: String) { events(after: $after, max: 200) { cursor kind planId text } }", new { after })).GetProperty("events").EnumerateArray().ToList();
            events.AddRange(batch);
            if (batch.Count < 200)
            {
                break;
            }

            after = batch[^1].GetProperty("cursor").GetString();
        }

        return events;
    }

    private async Task<HashSet<string>> ProjectIdsAsync()
    {
        var data = await _workspace.QueryAsync("{ projects(max: 200) { id } }");
        return [.. data.GetProperty("projects").EnumerateArray().Select(p => p.GetProperty("id").GetString()!)];
    }
}
