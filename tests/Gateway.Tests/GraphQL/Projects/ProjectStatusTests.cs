using Hiring.Agents.Identity;
using Hiring.Contracts.Projects;
using Hiring.Gateway.Tests.GraphQL.Support;

namespace Hiring.Gateway.Tests.GraphQL.Projects;

/// <summary>The projects list and the project view say where each project stands and who stands where.</summary>
[Collection(GraphQLCollection.Name)]
public sealed class ProjectStatusTests(GraphQLHostFixture fixture) : IAsyncLifetime
{
    private const string List = "{ projects(max: 200) { id status location stageCounts { stage count } } }";
    private const string One = "query($id: ID!) { project(id: $id) { status stageCounts { stage count } } }";

    private readonly GraphQLHost _host = fixture.Host;

    public Task InitializeAsync() => ProductSeed.EnsureAsync(_host);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task AProjectWithCandidatesWaitingForMarksIsInCalibrationWithCountsPerStageInStageOrder()
    {
        var project = await TestProject.CreateAsync(_host, "proj-status-calibration", true, new SourcedCandidate("c-cal-1", "go", Stage: PipelineStage.Calibration), new SourcedCandidate("c-cal-2", "go", Stage: PipelineStage.Calibration), new SourcedCandidate("c-cal-3", "go"));
        using (TenantScope.For(ProductSeed.Tenant))
        {
            await project.Move("c-cal-3", PipelineStage.Archived, ProductSeed.Owner, "not a fit");
        }

        var listed = await ListedAsync("proj-status-calibration");
        var viewed = GraphQLBody.DataOf(await _host.QueryAsync(ProductSeed.Tenant, ProductSeed.Recruiter, One, new { id = "proj-status-calibration" })).GetProperty("project");

        Assert.Equal("CALIBRATION", listed.GetProperty("status").GetString());
        Assert.Equal("Berlin", listed.GetProperty("location").GetString());
        Assert.Equal(["ARCHIVED:1", "CALIBRATION:2"], Counts(listed));
        Assert.Equal("CALIBRATION", viewed.GetProperty("status").GetString());
        Assert.Equal(Counts(listed), Counts(viewed));
    }

    [Fact]
    public async Task APhaseFollowsTheMostAdvancedCandidate()
    {
        await TestProject.CreateAsync(_host, "proj-status-intake", approve: false);
        await TestProject.CreateAsync(_host, "proj-status-sourcing");
        var shortlisted = await TestProject.CreateAsync(_host, "proj-status-shortlisted", true, new SourcedCandidate("c-s-1", "go"), new SourcedCandidate("c-s-2", "go", Stage: PipelineStage.Calibration));
        var hired = await TestProject.CreateAsync(_host, "proj-status-hired", true, new SourcedCandidate("c-h-1", "go"));
        using (TenantScope.For(ProductSeed.Tenant))
        {
            await shortlisted.Move("c-s-1", PipelineStage.Contacted, ProductSeed.Owner, "wrote to them");
            await hired.Move("c-h-1", PipelineStage.Hired, ProductSeed.Owner, "signed");
        }

        Assert.Equal("INTAKE", (await ListedAsync("proj-status-intake")).GetProperty("status").GetString());
        Assert.Empty(Counts(await ListedAsync("proj-status-intake")));
        Assert.Equal("SOURCING", (await ListedAsync("proj-status-sourcing")).GetProperty("status").GetString());
        Assert.Equal("SHORTLISTED", (await ListedAsync("proj-status-shortlisted")).GetProperty("status").GetString());
        Assert.Equal("HIRED", (await ListedAsync("proj-status-hired")).GetProperty("status").GetString());
    }

    private static string[] Counts(System.Text.Json.JsonElement project) =>
        [.. project.GetProperty("stageCounts").EnumerateArray().Select(s => $"{s.GetProperty("stage").GetString()}:{s.GetProperty("count").GetInt32()}")];

    private async Task<System.Text.Json.JsonElement> ListedAsync(string projectId)
    {
        var body = await _host.QueryAsync(ProductSeed.Tenant, ProductSeed.Recruiter, List);
        return GraphQLBody.DataOf(body).GetProperty("projects").EnumerateArray().Single(p => p.GetProperty("id").GetString() == projectId);
    }
}
