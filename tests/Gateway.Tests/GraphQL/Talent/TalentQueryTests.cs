using System.Text.Json;
using Hiring.Gateway.Tests.GraphQL.Support;

namespace Hiring.Gateway.Tests.GraphQL.Talent;

/// <summary>Candidate, search and insights over the real talent store and index, seeded by <see cref="ProductSeed"/>.</summary>
[Collection(GraphQLCollection.Name)]
public sealed class TalentQueryTests(GraphQLHostFixture fixture) : IAsyncLifetime
{
    private const string Search = "query($q: String!) { search(query: $q, mode: BOOLEAN) { totalMatches hits { candidate { id pool name currentTitle location openToWork } score whyMatched { field terms } } } }";

    private readonly GraphQLHost _host = fixture.Host;

    public Task InitializeAsync() => ProductSeed.EnsureAsync(_host);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ACandidateOfTheTenantsPrivatePoolReadsInFull()
    {
        var body = await _host.QueryAsync(ProductSeed.Tenant, "r1", "query($id: ID!) { candidate(id: $id) { id pool name headline location { city text } experiences { company title start end } education { school degree } skills openToWork lastActive } }", new { id = ProductSeed.PrivateProfile });
        var candidate = GraphQLBody.DataOf(body).GetProperty("candidate");

        Assert.Equal("PRIVATE", candidate.GetProperty("pool").GetString());
        Assert.Equal("Ada Acme", candidate.GetProperty("name").GetString());
        Assert.Equal("Paris", candidate.GetProperty("location").GetProperty("city").GetString());
        Assert.Equal("2022-01-01", candidate.GetProperty("experiences")[0].GetProperty("start").GetString());
        Assert.Equal(JsonValueKind.Null, candidate.GetProperty("experiences")[0].GetProperty("end").ValueKind);
        Assert.Equal("MSc", candidate.GetProperty("education")[0].GetProperty("degree").GetString());
        Assert.Equal(ProductSeed.Skill, candidate.GetProperty("skills")[0].GetString());
    }

    [Fact]
    public async Task APublicCandidateIsReadableByEveryTenant()
    {
        var body = await _host.QueryAsync("globex", "r1", "query($id: ID!) { candidate(id: $id) { pool name } }", new { id = ProductSeed.PublicProfile });

        Assert.Equal("PUBLIC", GraphQLBody.DataOf(body).GetProperty("candidate").GetProperty("pool").GetString());
    }

    [Fact]
    public async Task SearchFindsThePublicAndTheTenantsPrivateProfilesAndSaysWhy()
    {
        var body = await _host.QueryAsync(ProductSeed.Tenant, "r1", Search, new { q = "skill:kubernetes" });
        var hits = GraphQLBody.DataOf(body).GetProperty("search").GetProperty("hits").EnumerateArray().ToList();

        Assert.Equal([ProductSeed.PrivateProfile, ProductSeed.PublicProfile], hits.Select(h => h.GetProperty("candidate").GetProperty("id").GetString()).Order());
        Assert.All(hits, h => Assert.NotEmpty(h.GetProperty("whyMatched").EnumerateArray()));
        Assert.All(hits, h => Assert.True(h.GetProperty("score").GetDouble() > 0));
        Assert.Equal("Platform Engineer", hits[0].GetProperty("candidate").GetProperty("currentTitle").GetString());
    }

    [Fact]
    public async Task AMalformedSearchIsABadUserInputThatSaysWhere()
    {
        var body = await _host.QueryAsync(ProductSeed.Tenant, "r1", Search, new { q = "skill:go AND (" });
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());

        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("Malformed query at line 1, column 15", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMalformedInsightsQueryIsABadUserInputToo()
    {
        var body = await _host.QueryAsync(ProductSeed.Tenant, "r1", "{ insights(query: \"skill:go AND (\") { matchedProfiles } }");

        Assert.Equal("BAD_USER_INPUT", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task InsightsGiveTheFiguresOfTheProfilesTheTenantMaySee()
    {
        var body = await _host.QueryAsync(ProductSeed.Tenant, "r1", "{ insights(query: \"skill:kubernetes\") { query asOf matchedProfiles analyzedProfiles topLocations { value count share } topSkills { value count } topCompanies { value } talentFlows { from to moves } fastGrowingCompanies { company net } layoffSignals { company month } recentlyHired openToWork openToWorkShare } }");
        var insights = GraphQLBody.DataOf(body).GetProperty("insights");

        Assert.Equal(2, insights.GetProperty("matchedProfiles").GetInt64());
        Assert.Equal(2, insights.GetProperty("openToWork").GetInt32());
        Assert.Equal(["Berlin", "Paris"], insights.GetProperty("topLocations").EnumerateArray().Select(l => l.GetProperty("value").GetString()!).Select(v => v.Split(',')[0]).Order());
    }
}
