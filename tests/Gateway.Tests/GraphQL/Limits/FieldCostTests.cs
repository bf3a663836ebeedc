using Hiring.Gateway.Tests.GraphQL.Support;

namespace Hiring.Gateway.Tests.GraphQL.Limits;

/// <summary>Expensive fields cost what they do, per alias, under the default limits.</summary>
[Collection(GraphQLCollection.Name)]
public sealed class FieldCostTests(GraphQLHostFixture fixture)
{
    [Theory]
    [InlineData("insights(query: \"\") { matchedProfiles }")]
    [InlineData("search(query: \"go\") { totalMatches }")]
    public async Task ADocumentOfManyAliasesOfAnExpensiveFieldIsRefusedBeforeExecution(string field)
    {
        var aliases = string.Join(' ', Enumerable.Range(0, 500).Select(i => $"a{i}: {field}"));
        var body = await fixture.Host.QueryAsync("globex", "r10", "{ " + aliases + " }");

        Assert.False(body.TryGetProperty("data", out _), "it ran");
        Assert.Contains("too complex", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASearchAndTheFullInsightsOfAPageFitTheDefaultLimit()
    {
        var body = await fixture.Host.QueryAsync("globex", "r10",
            "{ search(query: \"go\", top: 100) { totalMatches hits { candidate { id name currentTitle location openToWork } score whyMatched { field terms } } } "
            + "insights(query: \"go\") { query asOf matchedProfiles analyzedProfiles topLocations { value count share } topTitles { value count } topSkills { value count } topCompanies { value } "
            + "talentFlows { from to moves } fastGrowingCompanies { company net } layoffSignals { company month } recentlyHired openToWork openToWorkShare } }");

        GraphQLBody.DataOf(body);
    }
}
