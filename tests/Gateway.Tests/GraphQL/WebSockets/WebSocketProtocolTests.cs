using Hiring.Contracts.Supervisor;
using Hiring.Gateway.Tests.GraphQL.Support;

namespace Hiring.Gateway.Tests.GraphQL.WebSockets;

[Collection(GraphQLCollection.Name)]
public sealed class WebSocketProtocolTests(GraphQLHostFixture fixture)
{
    private const string Events = "subscription($after: String) { assistantEvents(after: $after) { cursor kind text } }";

    private GraphQLHost Host => fixture.Host;

    [Fact]
    public async Task AnInitWithAnApiKeyIsAcknowledged()
    {
        await using var client = await TransportWsClient.ConnectAndInitAsync(Host.WebSocketUri, GraphQLHost.KeyOf("acme", "r1"));
    }

    [Fact]
    public async Task AnInitWithABearerAuthorizationIsAcknowledged()
    {
        await using var client = await TransportWsClient.ConnectAsync(Host.WebSocketUri);
        await client.SendAsync(new { type = "connection_init", payload = new { authorization = "Bearer " + GraphQLHost.KeyOf("acme", "r1") } });

        Assert.Equal("connection_ack", (await client.ReceiveAsync()).Type);
    }

    [Fact]
    public async Task AnUnknownKeyIsForbidden()
    {
        await using var client = await TransportWsClient.ConnectAsync(Host.WebSocketUri);
        await client.SendAsync(new { type = "connection_init", payload = new { apiKey = "wrong" } });

        Assert.Equal(4403, (await client.ReceiveAsync()).CloseCode);
    }

    [Fact]
    public async Task AnInitWithoutCredentialIsForbidden()
    {
        await using var client = await TransportWsClient.ConnectAsync(Host.WebSocketUri);
        await client.SendAsync(new { type = "connection_init" });

        Assert.Equal(4403, (await client.ReceiveAsync()).CloseCode);
    }

    [Fact]
    public async Task ASecondInitClosesWith4429()
    {
        await using var client = await Host.ConnectAsync("acme", "r1");
        await client.SendAsync(new { type = "connection_init", payload = new { apiKey = GraphQLHost.KeyOf("acme", "r1") } });

        Assert.Equal(4429, (await client.ReceiveAsync()).CloseCode);
    }

    [Fact]
    public async Task SubscribingBeforeTheAckClosesWith4401()
    {
        await using var client = await TransportWsClient.ConnectAsync(Host.WebSocketUri);
        await client.SubscribeAsync("1", "{ me { id } }");

        Assert.Equal(4401, (await client.ReceiveAsync()).CloseCode);
    }

    [Fact]
    public async Task ADuplicateSubscriptionIdClosesWith4409()
    {
        await using var client = await Host.ConnectAsync("acme", "r2");
        await client.SubscribeAsync("dup", Events);
        await client.SubscribeAsync("dup", Events);

        var closed = await client.ReceiveCloseAsync();
        Assert.Equal(4409, closed.CloseCode);
        Assert.Equal("Subscriber for dup already exists", closed.CloseDescription);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1, 2]")]
    [InlineData("{\"type\": \"shout\"}")]
    [InlineData("{\"type\": \"subscribe\", \"payload\": {\"query\": \"{ me { id } }\"}}")]
    [InlineData("{\"type\": \"next\", \"id\": \"1\", \"payload\": {}}")]
    [InlineData("{\"type\": \"complete\"}")]
    public async Task AnUnparseableOrUnexpectedMessageClosesWith4400(string message)
    {
        await using var client = await Host.ConnectAsync("acme", "r1");
        await client.SendTextAsync(message);

        Assert.Equal(4400, (await client.ReceiveAsync()).CloseCode);
    }

    [Fact]
    public async Task AMessageBeforeInitThatIsNotProtocolClosesWith4400()
    {
        await using var client = await TransportWsClient.ConnectAsync(Host.WebSocketUri);
        await client.SendTextAsync("{\"type\": \"connection_ack\"}");

        Assert.Equal(4400, (await client.ReceiveAsync()).CloseCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("graphql-ws")]
    public async Task ASocketWithoutTheProtocolClosesWith4406(string? subprotocol)
    {
        await using var client = await TransportWsClient.ConnectAsync(Host.WebSocketUri, subprotocol);

        Assert.Equal(4406, (await client.ReceiveAsync()).CloseCode);
    }

    [Fact]
    public async Task APingIsAnsweredWithAPong()
    {
        await using var client = await TransportWsClient.ConnectAsync(Host.WebSocketUri);
        await client.SendAsync(new { type = "ping" });
        Assert.Equal("pong", (await client.ReceiveAsync()).Type);

        await client.SendAsync(new { type = "connection_init", payload = new { apiKey = GraphQLHost.KeyOf("acme", "r1") } });
        Assert.Equal("connection_ack", (await client.ReceiveAsync()).Type);
        await client.SendAsync(new { type = "ping", payload = new { n = 1 } });
        Assert.Equal("pong", (await client.ReceiveAsync()).Type);
        await client.SendAsync(new { type = "pong" });
        await client.SendAsync(new { type = "ping" });
        Assert.Equal("pong", (await client.ReceiveAsync()).Type);
    }

    [Fact]
    public async Task AQueryOverTheSocketAnswersNextThenComplete()
    {
        await using var client = await Host.ConnectAsync("acme", "r1");
        await client.SubscribeAsync("q", "{ me { id tenant } }");

        var next = await client.ReceiveAsync();
        Assert.Equal(("next", "q"), (next.Type, next.Id));
        Assert.Equal("r1", next.Payload.GetProperty("data").GetProperty("me").GetProperty("id").GetString());
        var complete = await client.ReceiveAsync();
        Assert.Equal(("complete", "q"), (complete.Type, complete.Id));
    }

    [Fact]
    public async Task AMutationOverTheSocketAnswersNextThenComplete()
    {
        await using var client = await Host.ConnectAsync("acme", "r3");
        await client.SubscribeAsync("m", "mutation { sendMessage(clientMessageId: \"c1\", text: \"hello\") { clientMessageId duplicate } }");

        var next = await client.ReceiveAsync();
        Assert.Equal("c1", next.Payload.GetProperty("data").GetProperty("sendMessage").GetProperty("clientMessageId").GetString());
        Assert.Equal("complete", (await client.ReceiveAsync()).Type);
    }

    [Fact]
    public async Task AnInvalidOperationAnswersErrorWithTheGraphQLErrors()
    {
        await using var client = await Host.ConnectAsync("acme", "r1");
        await client.SubscribeAsync("bad", "subscription { assistantEvents { salary } }");

        var error = await client.ReceiveAsync();
        Assert.Equal(("error", "bad"), (error.Type, error.Id));
        Assert.False(string.IsNullOrEmpty(error.Payload[0].GetProperty("extensions").GetProperty("code").GetString()));
    }

    [Fact]
    public async Task AMalformedCursorAnswersErrorWithBadUserInput()
    {
        await using var client = await Host.ConnectAsync("acme", "r1");
        await client.SubscribeAsync("c", Events, new { after = "yesterday" });

        var error = await client.ReceiveAsync();
        Assert.Equal("error", error.Type);
        Assert.Equal(RefusalCodes.Invalid, error.Payload[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task LiveEventsArriveAsNextMessages()
    {
        var recruiter = Host.World.Recruiter("acme", "r4");
        await using var client = await Host.ConnectAsync("acme", "r4");
        await client.SubscribeAsync("live", Events);
        await WaitFor.ConditionAsync(() => recruiter.LiveSubscriptions == 1, "the live subscription");

        await recruiter.PublishAsync(AssistantEventKind.Reply, "first");
        await recruiter.PublishAsync(AssistantEventKind.Reply, "second");

        var nexts = await client.ReceiveNextsAsync("live", 2);
        Assert.Equal(["first", "second"], nexts.Select(n => n.Payload.GetProperty("data").GetProperty("assistantEvents").GetProperty("text").GetString()));
    }

    [Fact]
    public async Task CompletingASubscriptionStopsItAndFreesItsId()
    {
        var recruiter = Host.World.Recruiter("acme", "r5");
        await using var client = await Host.ConnectAsync("acme", "r5");
        await client.SubscribeAsync("s", Events);
        await WaitFor.ConditionAsync(() => recruiter.LiveSubscriptions == 1, "the live subscription");

        await client.SendAsync(new { id = "s", type = "complete" });
        await WaitFor.ConditionAsync(() => recruiter.LiveSubscriptions == 0, "the live subscription to end");
        await recruiter.PublishAsync(AssistantEventKind.Reply, "nobody listens");

        await client.SubscribeAsync("s", Events);
        await WaitFor.ConditionAsync(() => recruiter.LiveSubscriptions == 1, "the second live subscription");
        var heard = await recruiter.PublishAsync(AssistantEventKind.Reply, "heard");

        var next = Assert.Single(await client.ReceiveNextsAsync("s", 1));
        Assert.Equal(heard.Sequence, next.Sequence);
    }
}
