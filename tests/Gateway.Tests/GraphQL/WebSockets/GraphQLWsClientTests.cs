using System.Text.Json;
using Hiring.Gateway.Tests.GraphQL.Support;

namespace Hiring.Gateway.Tests.GraphQL.WebSockets;

/// <summary>The real graphql-ws npm client (run with node) against the live server.</summary>
[Collection(GraphQLCollection.Name)]
public sealed class GraphQLWsClientTests(GraphQLHostFixture fixture)
{
    [Fact]
    public async Task TheGraphQLWsClientReceivesTheEventsOfASentMessage()
    {
        var host = fixture.Host;
        var recruiter = host.World.Recruiter("acme", "r6");
        await using var node = await GraphQLWsNodeClient.StartAsync(host.WebSocketUri, GraphQLHost.KeyOf("acme", "r6"), count: 2);

        Assert.Equal("connected", (await node.ReadLineAsync())?.GetProperty("type").GetString());
        await WaitFor.ConditionAsync(() => recruiter.LiveSubscriptions == 1, "the graphql-ws subscription");
        var sent = await host.QueryAsync("acme", "r6", "mutation { sendMessage(clientMessageId: \"from-node-test\", text: \"find Go engineers\") { clientMessageId } }");
        Assert.False(sent.TryGetProperty("errors", out _), sent.GetRawText());

        var events = new List<JsonElement>();
        while (await node.ReadLineAsync() is { } line)
        {
            Assert.NotEqual("error", line.GetProperty("type").GetString());
            if (line.GetProperty("type").GetString() == "next")
            {
                events.Add(line.GetProperty("result").GetProperty("data").GetProperty("assistantEvents"));
            }
        }

        Assert.Equal(0, await node.WaitForExitAsync());
        Assert.Equal(["MESSAGE_RECEIVED", "REPLY"], events.Select(e => e.GetProperty("kind").GetString()));
        Assert.Equal("find Go engineers", events[0].GetProperty("text").GetString());
        Assert.Equal(["1", "2"], events.Select(e => e.GetProperty("cursor").GetString()));
    }
}
