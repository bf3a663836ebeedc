using System.Text.Json;
using Hiring.Agents.Identity;
using Hiring.Contracts.Projects;
using Hiring.Gateway.Tests.GraphQL.Support;

namespace Hiring.Gateway.Tests.GraphQL.Projects;

/// <summary>What the pipeline board and the candidate card read of an entry: the person, every assessment, one entry by id, and each page's loads made once.</summary>
[Collection(GraphQLCollection.Name)]
public sealed class PipelineEntryFieldsTests(GraphQLHostFixture fixture) : IAsyncLifetime
{
    private const string Board = """
        query($id: ID!, $first: Int) { project(id: $id) { pipeline(first: $first) {
          candidateId candidate { id pool name headline currentTitle currentCompany location openToWork }
          evidence { score } assessments { qualificationId verdict quotes { text } } notes { text } } } }
        """;

    private const string Entry = """
        query($id: ID!, $candidate: ID!) { project(id: $id) { entry(candidateId: $candidate) {
          candidateId stage candidate { name } assessments { qualificationId verdict rationale quotes { section text } } } } }
        """;

    private readonly GraphQLHost _host = fixture.Host;

    public Task InitializeAsync() => ProductSeed.EnsureAsync(_host);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task EachEntryShowsItsPersonFromTheTenantsOwnPoolOrThePublicOneAndNullWhenTheProfileIsGone()
    {
        await TestProject.CreateAsync(_host, "proj-people", true, new SourcedCandidate(ProductSeed.PublicProfile, "kubernetes"), new SourcedCandidate(ProductSeed.PrivateProfile, "kubernetes"), new SourcedCandidate("cand-gone", "kubernetes"));

        var pipeline = await PipelineAsync("proj-people", null);

        var people = pipeline.ToDictionary(e => e.GetProperty("candidateId").GetString()!, e => e.GetProperty("candidate"));
        Assert.Equal(("Kim Kube", "PUBLIC", "Platform Engineer", "Initech"), Glance(people[ProductSeed.PublicProfile]));
        Assert.Equal(("Ada Acme", "PRIVATE", "Platform Engineer", "Initech"), Glance(people[ProductSeed.PrivateProfile]));
        Assert.Equal("Kubernetes specialist", people[ProductSeed.PublicProfile].GetProperty("headline").GetString());
        Assert.Equal(JsonValueKind.Null, people["cand-gone"].ValueKind);
    }

    [Fact]
    public async Task AnotherTenantsPrivateProfileIsNeverShownInAProjectOfThisTenant()
    {
        // globex's own project lists acme's private candidate id: the person must not appear.
        using (TenantScope.For("globex"))
        {
            var project = _host.Gateway.Grains.GetGrain<IHiringProject>(GrainKeys.Project("globex", "proj-probe-people"));
            await project.Create(GrainKeys.Recruiter("globex", ProductSeed.Recruiter), TestProject.Spec, []);
            await project.AddCandidates([new SourcedCandidate(ProductSeed.PrivateProfile, "probe")], "assistant");
        }

        var body = await _host.QueryAsync("globex", ProductSeed.Recruiter, Board, new { id = "proj-probe-people" });

        var entry = Assert.Single(GraphQLBody.DataOf(body).GetProperty("project").GetProperty("pipeline").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, entry.GetProperty("candidate").ValueKind);
    }

    [Fact]
    public async Task ThePipelinesEvidenceIsReadInOneGrainCallForEveryEntryOfThePage()
    {
        var ids = Enumerable.Range(0, 12).Select(i => $"cand-batch-{i}").ToArray();
        var project = await TestProject.CreateAsync(_host, "proj-batch", true, [.. ids.Select(id => new SourcedCandidate(id, "kubernetes"))]);
        await TestProject.EvaluateAsync(project, ids);
        var key = GrainKeys.Project(ProductSeed.Tenant, "proj-batch");
        var before = (Latest: _host.GrainCalls.Count(key, nameof(IHiringProject.LatestEvaluations)), One: _host.GrainCalls.Count(key, nameof(IHiringProject.LatestEvaluation)));

        var pipeline = await PipelineAsync("proj-batch", 10);

        Assert.Equal(10, pipeline.Count);
        Assert.All(pipeline, e => Assert.Equal(0.8, e.GetProperty("evidence").GetProperty("score").GetDouble()));
        Assert.All(pipeline, e => Assert.Equal("MET", Assert.Single(e.GetProperty("assessments").EnumerateArray()).GetProperty("verdict").GetString()));
        Assert.Equal(before.Latest + 1, _host.GrainCalls.Count(key, nameof(IHiringProject.LatestEvaluations)));
        Assert.Equal(before.One, _host.GrainCalls.Count(key, nameof(IHiringProject.LatestEvaluation)));
    }

    [Fact]
    public async Task AnEntryByIdHoldsEveryAssessmentOfTheCandidateOldestFirst()
    {
        var project = await TestProject.CreateAsync(_host, "proj-entry", true, new SourcedCandidate(ProductSeed.PublicProfile, "kubernetes"));
        await TestProject.EvaluateAsync(project, ProductSeed.PublicProfile);
        await TestProject.EvaluateAsync(project, ProductSeed.PublicProfile);

        var body = await _host.QueryAsync(ProductSeed.Tenant, ProductSeed.Recruiter, Entry, new { id = "proj-entry", candidate = ProductSeed.PublicProfile });

        var entry = GraphQLBody.DataOf(body).GetProperty("project").GetProperty("entry");
        Assert.Equal("SOURCED", entry.GetProperty("stage").GetString());
        Assert.Equal("Kim Kube", entry.GetProperty("candidate").GetProperty("name").GetString());
        var assessments = entry.GetProperty("assessments").EnumerateArray().ToList();
        Assert.Equal(2, assessments.Count);
        Assert.All(assessments, a => Assert.Equal(("q1", "skills", ProductSeed.Skill), (a.GetProperty("qualificationId").GetString(), a.GetProperty("quotes")[0].GetProperty("section").GetString(), a.GetProperty("quotes")[0].GetProperty("text").GetString())));
    }

    [Fact]
    public async Task AnEntryOfACandidateNotInThePipelineIsNull()
    {
        var body = await _host.QueryAsync(ProductSeed.Tenant, ProductSeed.Recruiter, Entry, new { id = ProductSeed.ProjectId, candidate = "cand-elsewhere" });

        Assert.Equal(JsonValueKind.Null, GraphQLBody.DataOf(body).GetProperty("project").GetProperty("entry").ValueKind);
    }

    private static (string?, string?, string?, string?) Glance(JsonElement candidate) =>
        (candidate.GetProperty("name").GetString(), candidate.GetProperty("pool").GetString(), candidate.GetProperty("currentTitle").GetString(), candidate.GetProperty("currentCompany").GetString());

    private async Task<List<JsonElement>> PipelineAsync(string projectId, int? first)
    {
        var body = await _host.QueryAsync(ProductSeed.Tenant, ProductSeed.Recruiter, Board, new { id = projectId, first });
        return [.. GraphQLBody.DataOf(body).GetProperty("project").GetProperty("pipeline").EnumerateArray()];
    }
}
