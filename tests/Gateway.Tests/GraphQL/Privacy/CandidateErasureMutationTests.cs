using System.Text.Json;
using Hiring.Agents.Identity;
using Hiring.Agents.Sourcing;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Supervisor;
using Hiring.Contracts.Talent;
using Hiring.Gateway.Tests.GraphQL.Support;
using Hiring.Talent;
using Hiring.Talent.Search;

namespace Hiring.Gateway.Tests.GraphQL.Privacy;

/// <summary>eraseCandidate (operators only) and candidateProvenance over the real host: each test has its own candidate in acme's pool and project.</summary>
[Collection(GraphQLCollection.Name)]
public sealed class CandidateErasureMutationTests(GraphQLHostFixture fixture)
{
    private const string Erase = "mutation($id: ID!) { eraseCandidate(candidateId: $id) { candidateId erasedBy pools projects projectsPurged entriesRedacted } }";
    private const string Provenance = "query($id: ID!) { candidateProvenance(candidateId: $id) { held pool origin reference projects { projectId query } erasedAt } }";
    private const string Pipeline = "query($id: ID!) { project(id: $id) { pipeline(first: 50) { candidateId } } }";

    private readonly GraphQLHost _host = fixture.Host;

    [Fact]
    public async Task AnOperatorErasesTheirTenantsCandidateFromPipelineSearchAndProvenance()
    {
        var candidate = await CandidateInProjectAsync("gql-erased", "proj-erase-1");

        var erased = GraphQLBody.DataOf(await _host.QueryAsync("acme", GraphQLHost.Operator, Erase, new { id = candidate })).GetProperty("eraseCandidate");

        Assert.Equal((GraphQLHost.Operator, "private", "proj-erase-1"), (erased.GetProperty("erasedBy").GetString(), erased.GetProperty("pools")[0].GetString(), erased.GetProperty("projects")[0].GetString()));
        Assert.True(erased.GetProperty("entriesRedacted").GetInt32() > 0);
        var pipeline = GraphQLBody.DataOf(await _host.QueryAsync("acme", ProductSeed.Recruiter, Pipeline, new { id = "proj-erase-1" }));
        Assert.Empty(pipeline.GetProperty("project").GetProperty("pipeline").EnumerateArray());
        Assert.DoesNotContain(_host.Gateway.App.Services.GetRequiredService<TalentSearch>().Search(new TalentSearchRequest("Quilla", "acme", 50, SearchMode.Boolean)).Hits, h => h.Id == candidate);
        var provenance = GraphQLBody.DataOf(await _host.QueryAsync("acme", ProductSeed.Recruiter, Provenance, new { id = candidate })).GetProperty("candidateProvenance");
        Assert.False(provenance.GetProperty("held").GetBoolean());
        Assert.Equal(JsonValueKind.Null, provenance.GetProperty("pool").ValueKind);
        Assert.Empty(provenance.GetProperty("projects").EnumerateArray());
        Assert.NotEqual(JsonValueKind.Null, provenance.GetProperty("erasedAt").ValueKind);
    }

    [Fact]
    public async Task ARecruiterWhoIsNotAnOperatorIsRefusedAndNothingChanges()
    {
        var candidate = await CandidateInProjectAsync("gql-kept", "proj-erase-2");

        var body = await _host.QueryAsync("acme", ProductSeed.Recruiter, Erase, new { id = candidate });

        Assert.Equal(RefusalCodes.Forbidden, Code(body));
        Assert.Contains("Hiring:Operators", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.NotNull(await Profiles.GetAsync(TalentPoolScope.Private("acme"), candidate));
        var me = GraphQLBody.DataOf(await _host.QueryAsync("acme", ProductSeed.Recruiter, "{ me { operator } }"));
        Assert.False(me.GetProperty("me").GetProperty("operator").GetBoolean());
        Assert.True(GraphQLBody.DataOf(await _host.QueryAsync("acme", GraphQLHost.Operator, "{ me { operator } }")).GetProperty("me").GetProperty("operator").GetBoolean());
    }

    [Fact]
    public async Task AnotherTenantsOperatorGetsNotFoundAndTheCandidateIsUntouched()
    {
        var candidate = await CandidateInProjectAsync("gql-theirs", "proj-erase-3");

        var body = await _host.QueryAsync("globex", GraphQLHost.Operator, Erase, new { id = candidate });
        var unknown = await _host.QueryAsync("acme", GraphQLHost.Operator, Erase, new { id = "gql-nobody" });

        Assert.Equal((RefusalCodes.NotFound, RefusalCodes.NotFound), (Code(body), Code(unknown)));
        Assert.NotNull(await Profiles.GetAsync(TalentPoolScope.Private("acme"), candidate));
        var pipeline = GraphQLBody.DataOf(await _host.QueryAsync("acme", ProductSeed.Recruiter, Pipeline, new { id = "proj-erase-3" }));
        Assert.Single(pipeline.GetProperty("project").GetProperty("pipeline").EnumerateArray());
        Assert.Equal(RefusalCodes.NotFound, Code(await _host.QueryAsync("globex", "r0", Provenance, new { id = candidate })));
    }

    [Fact]
    public async Task HowDidYouFindMeNamesTheSourceTheProjectAndTheQuery()
    {
        var candidate = await CandidateInProjectAsync("gql-found", "proj-erase-4");

        var provenance = GraphQLBody.DataOf(await _host.QueryAsync("acme", ProductSeed.Recruiter, Provenance, new { id = candidate })).GetProperty("candidateProvenance");

        Assert.True(provenance.GetProperty("held").GetBoolean());
        Assert.Equal(("private", "AtsImport", "ats.csv row 7"), (provenance.GetProperty("pool").GetString(), provenance.GetProperty("origin").GetString(), provenance.GetProperty("reference").GetString()));
        var project = Assert.Single(provenance.GetProperty("projects").EnumerateArray());
        Assert.Equal(("proj-erase-4", "skill:go AND location:berlin"), (project.GetProperty("projectId").GetString(), project.GetProperty("query").GetString()));
    }

    private IProfileStore Profiles => _host.Gateway.App.Services.GetRequiredService<IProfileStore>();

    private static string? Code(JsonElement body) => body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();

    /// <summary>A person of acme's own pool, indexed, sourced into a project of their own by a recorded query.</summary>
    private async Task<string> CandidateInProjectAsync(string id, string projectId)
    {
        var profile = new CandidateProfile(
            id,
            "Quilla Marchetti",
            "Go engineer",
            new Location("Berlin", "", "DE"),
            [new Experience("Initech", "Engineer", new DateOnly(2021, 1, 1), null, "Go services.")],
            [],
            ["Go"],
            OpenToWork: true,
            LastActive: DateTimeOffset.UtcNow,
            new ProfileSource(TalentPoolKind.Private, "acme", ProfileOrigin.AtsImport, "ats.csv row 7"),
            DateTimeOffset.UtcNow) { Email = $"{id}@example.com" };
        await Profiles.UpsertAsync(TalentPoolScope.Private("acme"), [profile]);
        await _host.Gateway.App.Services.GetRequiredService<ITalentIndex>().IndexAsync(TalentPoolScope.Private("acme"), [profile]);
        await TestProject.CreateAsync(_host, projectId, true, new SourcedCandidate(id, "skill:go"));
        await _host.Gateway.App.Services.GetRequiredService<SourcingHistory>().RecordFoundAsync(GrainKeys.Project("acme", projectId), [(id, "skill:go AND location:berlin")]);
        return id;
    }
}
