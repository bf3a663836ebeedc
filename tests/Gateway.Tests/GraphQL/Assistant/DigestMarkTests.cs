using System.Text.Json;
using Hiring.Contracts.Supervisor;
using Hiring.Gateway.Tests.GraphQL.Support;

namespace Hiring.Gateway.Tests.GraphQL.Assistant;

/// <summary>Where a recruiter last dismissed the digest: unset at first, moved only forward, their own.</summary>
[Collection(GraphQLCollection.Name)]
public sealed class DigestMarkTests(GraphQLHostFixture fixture)
{
    private const string Seen = "{ digestSeen }";
    private const string Mark = "mutation($through: String!) { markDigestSeen(through: $through) }";

    [Fact]
    public async Task TheDigestMarkStartsUnsetMovesOnlyForwardAndIsTheRecruitersOwn()
    {
        Assert.Equal(JsonValueKind.Null, (await SeenAsync("acme", "r9")).ValueKind);

        Assert.Equal("12", await MarkAsync("acme", "r9", "12"));
        // A page left open since yesterday cannot bring back what another device dismissed.
        Assert.Equal("12", await MarkAsync("acme", "r9", "7"));

        Assert.Equal("12", (await SeenAsync("acme", "r9")).GetString());
        Assert.Equal(JsonValueKind.Null, (await SeenAsync("acme", "r8")).ValueKind);
        Assert.Equal(JsonValueKind.Null, (await SeenAsync("globex", "r9")).ValueKind);
    }

    [Fact]
    public async Task AMarkThatIsNotAnEventCursorIsRefusedAndChangesNothing()
    {
        await MarkAsync("acme", "r10", "3");

        var refused = await fixture.Host.QueryAsync("acme", "r10", Mark, new { through = "yesterday" });

        Assert.Equal(RefusalCodes.Invalid, refused.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("3", (await SeenAsync("acme", "r10")).GetString());
    }

    private async Task<JsonElement> SeenAsync(string tenant, string recruiter) =>
        GraphQLBody.DataOf(await fixture.Host.QueryAsync(tenant, recruiter, Seen)).GetProperty("digestSeen");

    private async Task<string?> MarkAsync(string tenant, string recruiter, string through) =>
        GraphQLBody.DataOf(await fixture.Host.QueryAsync(tenant, recruiter, Mark, new { through })).GetProperty("markDigestSeen").GetString();
}
