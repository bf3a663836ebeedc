using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Hiring.Gateway.GraphQL.Auth;
using Hiring.Gateway.Hosting;
using Hiring.Gateway.Tests.GraphQL.Support;
using Hiring.Gateway.Tests.Support;
using Hiring.Contracts.Talent;
using Hiring.Talent;

namespace Hiring.Gateway.Tests.GraphQL.Projects;

/// <summary>
/// changeQualifications against the real assistant (supervisor, intake and sourcing on the built-in
/// engine, a few matching public profiles): the plan's follow-ups happen as after any approval.
/// </summary>
public sealed class QualificationChangesThroughTheAssistantTests : IAsyncLifetime
{
    private const string Key = "test-key-real-assistant";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    private const string Change = """
        mutation($project: ID!, $approve: [ID!], $add: [String!]) {
          changeQualifications(projectId: $project, approve: $approve, add: $add) { clientMessageId inboxSequence } }
        """;

    private readonly TempDataDirectory _data = new();
    private readonly CapturedLogs _logs = new();
    private RunningGateway _gateway = null!;

    public async Task InitializeAsync()
    {
        _gateway = await RunningGateway.StartAsync(_data.Path, new Dictionary<string, string?>
        {
            [$"{AuthSettings.Section}:ApiKeys:0:KeyHash"] = ApiKeyHash.Compute(Key),
            [$"{AuthSettings.Section}:ApiKeys:0:Tenant"] = "acme",
            [$"{AuthSettings.Section}:ApiKeys:0:Recruiter"] = "ana",
            [HiringSettings.DemoProfiles] = "0",
            ["Hiring:Supervisor:RetryBaseDelay"] = "00:00:00.050",
            // The test polls for the assistant's progress.
            ["Hiring:Limits:RequestsPerWindow"] = "100000",
        }, services => services.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(_logs));
        // A few public profiles that meet the request, so the calibration batch has someone to show.
        CandidateProfile[] pool = [.. Enumerable.Range(1, 6).Select(Backend)];
        var services = _gateway.App.Services;
        await services.GetRequiredService<IProfileStore>().UpsertAsync(TalentPoolScope.Public, pool);
        await services.GetRequiredService<ITalentIndex>().IndexAsync(TalentPoolScope.Public, pool);
    }

    private static CandidateProfile Backend(int i) => new(
        $"backend-{i}",
        $"Person {i}",
        "Backend engineer, Python and SQL",
        new Location("Berlin", "", "DE"),
        [new Experience("Initech", "Backend Engineer", new DateOnly(2018 + (i % 4), 1, 1), null, "Builds Python services on SQL databases.")],
        [new Education("TU Berlin", "MSc", "Computer Science", 2012, 2017)],
        ["Python", "SQL", "Docker"],
        OpenToWork: true,
        LastActive: new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero),
        ProfileSource.Public(),
        DateTimeOffset.UtcNow);

    public async Task DisposeAsync()
    {
        await _gateway.DisposeAsync();
        _data.Dispose();
    }

    [Fact]
    public async Task TheFirstChangeDecidesTheWaitingApprovalAndTheCalibrationBatchFollowsALaterChangeAppliesWithoutAnotherApproval()
    {
        await QueryAsync("mutation { sendMessage(clientMessageId: \"m-1\", text: \"I need a backend engineer with Python and SQL\") { inboxSequence } }");
        var waiting = await UntilAsync(
            async () => (await QueryAsync("{ approvals { id action inputs { key value } } }")).GetProperty("approvals").EnumerateArray().FirstOrDefault(a => a.GetProperty("action").GetString() == "APPLY_QUALIFICATION_CHANGE"),
            a => a.ValueKind == JsonValueKind.Object,
            "the qualification approval");
        var projectId = (await QueryAsync("{ projects { id } }")).GetProperty("projects")[0].GetProperty("id").GetString()!;
        var proposed = await QualificationsAsync(projectId);
        Assert.NotEmpty(proposed);
        Assert.All(proposed, q => Assert.False(q.Approved));

        var ack = (await QueryAsync(Change, new { project = projectId, approve = proposed.Select(q => q.Id).ToArray() })).GetProperty("changeQualifications");

        Assert.Equal(0, ack.GetProperty("inboxSequence").GetInt64());
        var stages = await UntilAsync(() => StagesAsync(projectId), s => s.Contains("CALIBRATION"), "candidates at CALIBRATION");
        Assert.All(stages, s => Assert.Equal("CALIBRATION", s));
        Assert.All(await QualificationsAsync(projectId), q => Assert.True(q.Approved));
        Assert.Empty((await QueryAsync("{ approvals { id } }")).GetProperty("approvals").EnumerateArray());
        Assert.NotNull(waiting.GetProperty("id").GetString());

        var posted = (await QueryAsync(Change, new { project = projectId, add = Of("Docker") })).GetProperty("changeQualifications");

        Assert.True(posted.GetProperty("inboxSequence").GetInt64() > 0);
        var after = await UntilAsync(() => QualificationsAsync(projectId), qs => qs.Count > proposed.Count, "the added qualification");
        Assert.All(after, q => Assert.True(q.Approved));
        Assert.Empty((await QueryAsync("{ approvals { id } }")).GetProperty("approvals").EnumerateArray());
    }

    /// <summary>A list argument (a params array, so no constant array is allocated at each call).</summary>
    private static string[] Of(params string[] items) => items;

    private async Task<List<(string Id, bool Approved)>> QualificationsAsync(string projectId)
    {
        var project = (await QueryAsync("query($id: ID!) { project(id: $id) { qualifications { id approved } } }", new { id = projectId })).GetProperty("project");
        return [.. project.GetProperty("qualifications").EnumerateArray().Select(q => (q.GetProperty("id").GetString()!, q.GetProperty("approved").GetBoolean()))];
    }

    private async Task<List<string>> StagesAsync(string projectId)
    {
        var project = (await QueryAsync("query($id: ID!) { project(id: $id) { pipeline { stage } } }", new { id = projectId })).GetProperty("project");
        return [.. project.GetProperty("pipeline").EnumerateArray().Select(e => e.GetProperty("stage").GetString()!)];
    }

    /// <summary>Waits until the read value is done; when it never is, the failure tells what the assistant said.</summary>
    private async Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> done, string what)
    {
        var value = await read();
        try
        {
            await Hiring.Testing.Wait.UntilAsync(async () => done(value = await read()), Patience, what);
        }
        catch (TimeoutException)
        {
            var events = (await QueryAsync("{ events(max: 100) { kind text } }")).GetProperty("events").EnumerateArray();
            Assert.Fail($"Never {what}; the assistant said:\n{string.Join('\n', events.Select(e => $"{e.GetProperty("kind").GetString()}: {e.GetProperty("text").GetString()}"))}");
        }

        return value;
    }

    private async Task<JsonElement> QueryAsync(string query, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        using var response = await _gateway.Http.SendAsync(request);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        Assert.False(body.TryGetProperty("errors", out _), $"{body.GetRawText()}\n{string.Join('\n', _logs.Entries.Where(e => e.Exception is not null || e.Level >= Microsoft.Extensions.Logging.LogLevel.Warning))}");
        return body.GetProperty("data");
    }
}
