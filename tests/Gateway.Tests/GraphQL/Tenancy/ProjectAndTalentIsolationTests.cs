using System.Text.Json;
using Hiring.Gateway.Tests.GraphQL.Support;

namespace Hiring.Gateway.Tests.GraphQL.Tenancy;

/// <summary>globex/r9 (same recruiter name as the owner, other tenant) probes the projects and talent fields with acme's ids.</summary>
[Collection(GraphQLCollection.Name)]
public sealed class ProjectAndTalentIsolationTests(GraphQLHostFixture fixture) : IAsyncLifetime
{
    private const string Probe = "globex";
    private const string Project = "query($id: ID!) { project(id: $id) { id pipeline { candidateId } } }";
    private const string Candidate = "query($id: ID!) { candidate(id: $id) { id name } }";
    private const string Move = "mutation($project: ID!, $candidate: ID!) { moveCandidate(projectId: $project, candidateId: $candidate, stage: ARCHIVED, why: \"probe\") { stage } }";

    private readonly GraphQLHost _host = fixture.Host;

    public Task InitializeAsync() => ProductSeed.EnsureAsync(_host);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ReadingAnotherTenantsProjectReadsExactlyLikeAnUnknownId()
    {
        var foreign = await Errors(Probe, Project, new { id = ProductSeed.ProjectId });
        var unknown = await Errors(Probe, Project, new { id = "proj-nobody" });
        var malformed = await Errors(Probe, Project, new { id = $"{ProductSeed.Tenant}/{ProductSeed.ProjectId}" });

        Assert.Equal(unknown, foreign);
        Assert.Equal(unknown, malformed);
        Assert.Contains("NOT_FOUND", foreign, StringComparison.Ordinal);
        Assert.DoesNotContain(ProductSeed.ProjectId, foreign, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheWorkspaceFieldsOfAnotherTenantsProjectReadExactlyLikeAnUnknownId()
    {
        const string workspace = "query($id: ID!, $candidate: ID!) { project(id: $id) { status stageCounts { stage count } entry(candidateId: $candidate) { candidate { name } assessments { verdict } notes { text } } pipeline { candidate { name } notes { text } assessments { verdict } } } }";
        var foreign = await Errors(Probe, workspace, new { id = ProductSeed.ProjectId, candidate = ProductSeed.Evaluated });
        var unknown = await Errors(Probe, workspace, new { id = "proj-nobody", candidate = ProductSeed.Evaluated });

        Assert.Equal(unknown, foreign);
        Assert.Contains("NOT_FOUND", foreign, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MovingACandidateOfAnotherTenantsProjectReadsExactlyLikeAnUnknownId()
    {
        var foreign = await Errors(Probe, Move, new { project = ProductSeed.ProjectId, candidate = ProductSeed.Evaluated });
        var unknownProject = await Errors(Probe, Move, new { project = "proj-nobody", candidate = ProductSeed.Evaluated });
        var unknownCandidate = await Errors(ProductSeed.Tenant, Move, new { project = ProductSeed.ProjectId, candidate = "cand-nobody" });

        Assert.Equal(unknownProject, foreign);
        Assert.Equal(unknownProject, unknownCandidate);
        Assert.Contains("NOT_FOUND", foreign, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherTenantsPrivateCandidateReadsExactlyLikeAnUnknownId()
    {
        var foreign = await Errors(Probe, Candidate, new { id = ProductSeed.PrivateProfile });
        var unknown = await Errors(Probe, Candidate, new { id = "person-nobody" });

        Assert.Equal(unknown, foreign);
        Assert.Contains("NOT_FOUND", foreign, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherTenantsProjectsAreNeverListed()
    {
        var body = await _host.QueryAsync(Probe, ProductSeed.Recruiter, "{ projects { id } }");

        Assert.DoesNotContain(ProductSeed.ProjectId, body.GetRawText(), StringComparison.Ordinal);
        Assert.False(body.TryGetProperty("errors", out _), body.GetRawText());
    }

    [Fact]
    public async Task SearchAndInsightsNeverSeeAnotherTenantsPrivatePool()
    {
        var body = await _host.QueryAsync(Probe, ProductSeed.Recruiter, "{ search(query: \"skill:kubernetes\", mode: BOOLEAN) { hits { candidate { id } } } insights(query: \"skill:kubernetes\") { matchedProfiles } }");
        var data = body.GetProperty("data");

        Assert.Equal([ProductSeed.PublicProfile], data.GetProperty("search").GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("candidate").GetProperty("id").GetString()));
        Assert.Equal(1, data.GetProperty("insights").GetProperty("matchedProfiles").GetInt64());
    }

    private async Task<string> Errors(string tenant, string query, object variables)
    {
        var body = await _host.QueryAsync(tenant, ProductSeed.Recruiter, query, variables);
        Assert.True(body.TryGetProperty("errors", out var errors), body.GetRawText());
        return JsonSerializer.Serialize(errors);
    }
}
