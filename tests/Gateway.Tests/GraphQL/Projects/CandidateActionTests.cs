using System.Text.Json;
using Hiring.Agents.Identity;
using Hiring.Agents.Learning;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Supervisor;
using Hiring.Gateway.Tests.GraphQL.Support;

namespace Hiring.Gateway.Tests.GraphQL.Projects;

/// <summary>recordCandidateAction and candidateActions: what only the app sees (a view, a highlight) joins the project's action log beside the moves.</summary>
[Collection(GraphQLCollection.Name)]
public sealed class CandidateActionTests(GraphQLHostFixture fixture) : IAsyncLifetime
{
    private const string Record = "mutation($project: ID!, $candidate: ID!, $action: AppAction!, $text: String) { recordCandidateAction(projectId: $project, candidateId: $candidate, action: $action, text: $text) }";
    private const string Move = "mutation($project: ID!, $candidate: ID!) { moveCandidate(projectId: $project, candidateId: $candidate, stage: ARCHIVED, why: \"too junior\") { stage } }";
    private const string List = "query($project: ID!, $candidate: ID) { candidateActions(projectId: $project, candidateId: $candidate) { kind candidateId by origin text reason } }";
    private const string ProjectId = "proj-actions";
    private const string Candidate = "cand-acted";

    private readonly GraphQLHost _host = fixture.Host;

    public async Task InitializeAsync()
    {
        await ProductSeed.EnsureAsync(_host);
        using var tenant = TenantScope.For(ProductSeed.Tenant);
        if (!await TestProject.Of(_host, ProjectId).Exists())
        {
            await TestProject.CreateAsync(_host, ProjectId, true, new SourcedCandidate(Candidate, "go"), new SourcedCandidate("cand-other", "go"));
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task AViewAHighlightAndAMoveAreListedInOrderAsTheRecruitersOwnActions()
    {
        await _host.QueryAsync(ProductSeed.Tenant, ProductSeed.Recruiter, Record, new { project = ProjectId, candidate = Candidate, action = "VIEWED" });
        await _host.QueryAsync(ProductSeed.Tenant, ProductSeed.Recruiter, Record, new { project = ProjectId, candidate = Candidate, action = "HIGHLIGHTED", text = "  Led the Kubernetes migration  " });
        await _host.QueryAsync(ProductSeed.Tenant, ProductSeed.Recruiter, Move, new { project = ProjectId, candidate = Candidate });

        var actions = await ActionsAsync(ProductSeed.Tenant, Candidate);

        Assert.Equal(
            [("VIEWED", null, null), ("HIGHLIGHTED", "Led the Kubernetes migration", null), ("ARCHIVED", null, "too junior")],
            actions.TakeLast(3).Select(a => (a.GetProperty("kind").GetString(), a.GetProperty("text").GetString(), a.GetProperty("reason").GetString())));
        Assert.All(actions, a => Assert.Equal(("RECRUITER", ProductSeed.Owner), (a.GetProperty("origin").GetString(), a.GetProperty("by").GetString())));
    }

    [Theory]
    [InlineData("   ")]
    [InlineData(null)]
    public async Task AHighlightWithoutTextOrWithTooMuchIsInvalidAndRecordsNothing(string? text)
    {
        var before = (await ActionsAsync(ProductSeed.Tenant, "cand-other")).Count;

        var body = await _host.QueryAsync(ProductSeed.Tenant, ProductSeed.Recruiter, Record, new { project = ProjectId, candidate = "cand-other", action = "HIGHLIGHTED", text = text ?? new string('x', ActionLog.MaxText + 1) });

        Assert.Equal(RefusalCodes.Invalid, body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(before, (await ActionsAsync(ProductSeed.Tenant, "cand-other")).Count);
    }

    [Fact]
    public async Task AnActionOnAnUnknownCandidateOrAnotherTenantsProjectReadsLikeAnUnknownProjectAndRecordsNothing()
    {
        var before = (await ActionsAsync(ProductSeed.Tenant, null)).Count;

        var unknownProject = await ErrorsAsync(ProductSeed.Tenant, new { project = "proj-nobody", candidate = Candidate, action = "VIEWED" });
        var unknownCandidate = await ErrorsAsync(ProductSeed.Tenant, new { project = ProjectId, candidate = "cand-nobody", action = "VIEWED" });
        var foreign = await ErrorsAsync("globex", new { project = ProjectId, candidate = Candidate, action = "VIEWED" });

        Assert.Contains("NOT_FOUND", unknownProject, StringComparison.Ordinal);
        Assert.Equal(unknownProject, unknownCandidate);
        Assert.Equal(unknownProject, foreign);
        Assert.Equal(before, (await ActionsAsync(ProductSeed.Tenant, null)).Count);
    }

    private async Task<List<JsonElement>> ActionsAsync(string tenant, string? candidate)
    {
        var body = await _host.QueryAsync(tenant, ProductSeed.Recruiter, List, new { project = ProjectId, candidate });
        return [.. GraphQLBody.DataOf(body).GetProperty("candidateActions").EnumerateArray()];
    }

    private async Task<string> ErrorsAsync(string tenant, object variables)
    {
        var body = await _host.QueryAsync(tenant, ProductSeed.Recruiter, Record, variables);
        Assert.True(body.TryGetProperty("errors", out var errors), body.GetRawText());
        return JsonSerializer.Serialize(errors);
    }
}
