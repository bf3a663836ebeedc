using System.Net;
using System.Text;
using System.Text.Json;
using Hiring.Contracts.Supervisor;
using Hiring.Gateway.Tests.GraphQL.Support;

namespace Hiring.Gateway.Tests.GraphQL.Limits;

public sealed class LimitsTests(TightLimitsFixture fixture) : IClassFixture<TightLimitsFixture>
{
    /// <summary>400 levels: far past the parser's own depth limit, still under the tight size limits.</summary>
    private static readonly string DeepQuery = "{" + string.Concat(Enumerable.Repeat("zq{", 400)) + "id" + new string('}', 401);

    private GraphQLHost Host => fixture.Host;

    [Fact]
    public async Task AQueryDeeperThanTheLimitIsRefusedBeforeExecution()
    {
        using var response = await Host.PostAsync(GraphQLHost.KeyOf("acme", "r1"), "query { approvals { decision { changes { key value } } } }", accept: "application/graphql-response+json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("too nested", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AQueryMoreComplexThanTheLimitIsRefused()
    {
        var aliases = string.Join(' ', Enumerable.Range(0, 30).Select(i => $"a{i}: approvalPolicy {{ entries {{ action mode }} }}"));
        var body = await Host.QueryAsync("acme", "r1", "{ " + aliases + " }");

        Assert.False(body.TryGetProperty("data", out _));
        Assert.Contains("too complex", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABodyOverTheSizeLimitIsA413()
    {
        var query = "{ me { id } }" + new string(' ', 4096);
        using var response = await Host.PostAsync(GraphQLHost.KeyOf("acme", "r1"), query);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("REQUEST_TOO_LARGE", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASocketMessageOverTheSizeLimitClosesTheConnection()
    {
        await using var client = await Host.ConnectAsync("acme", "r2");
        await client.SubscribeAsync("big", "{ me { id } }" + new string(' ', 4096));

        Assert.Equal(1009, (await client.ReceiveCloseAsync()).CloseCode);
    }

    [Fact]
    public async Task RequestsOverTheRateLimitGet429WithAGraphQLError()
    {
        var key = GraphQLHost.KeyOf("acme", "r9");
        HttpStatusCode status;
        var sent = 0;
        string body;
        do
        {
            using var response = await Host.PostAsync(key, "{ me { id } }");
            status = response.StatusCode;
            body = await response.Content.ReadAsStringAsync();
            sent++;
        }
        while (status == HttpStatusCode.OK && sent <= TightLimitsFixture.RequestsPerWindow);

        Assert.Equal(HttpStatusCode.TooManyRequests, status);
        Assert.Equal(TightLimitsFixture.RequestsPerWindow + 1, sent);
        Assert.Equal("RATE_LIMITED", JsonDocument.Parse(body).RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());

        using var other = await Host.PostAsync(GraphQLHost.KeyOf("acme", "r10"), "{ me { id } }");
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task AClientThatDoesNotInitialiseIsClosedWith4408()
    {
        await using var client = await TransportWsClient.ConnectAsync(Host.WebSocketUri);

        Assert.Equal(4408, (await client.ReceiveAsync()).CloseCode);
    }

    [Fact]
    public async Task TheServerPingsAndAnswersPongs()
    {
        await using var client = await Host.ConnectAsync("acme", "r3");

        Assert.Equal("ping", (await client.ReceiveAsync()).Type);
        await client.SendAsync(new { type = "pong" });
        await client.SendAsync(new { type = "ping" });
        WsReceived received;
        do
        {
            received = await client.ReceiveAsync();
        }
        while (received.Type == "ping");

        Assert.Equal("pong", received.Type);
    }

    [Fact]
    public async Task AClientThatStopsReadingIsClosedWith1008AndTheReasonWhenItReadsAgain()
    {
        var recruiter = Host.World.Recruiter("acme", "r4");
        var slowBefore = Host.Metrics.SlowConsumers;
        await using var client = await TransportWsClient.ConnectAndInitAsync(Host.WebSocketUri, GraphQLHost.KeyOf("acme", "r4"), socketReceiveBytes: 4096);
        await client.SubscribeAsync("flood", "subscription { assistantEvents { cursor text } }");
        await WaitFor.ConditionAsync(() => recruiter.LiveSubscriptions == 1, "the live subscription");

        // The client reads nothing. One event of 8 MB is more than the kernel buffers on both sides hold
        // (4 MB at most here), so the server's writer is blocked in its send; then small events fill the
        // bounded buffer behind it and the server gives up while that send is still blocked.
        await recruiter.PublishAsync(AssistantEventKind.TextChunk, new string('x', 8 * 1024 * 1024));
        var published = 1;
        while (Host.Metrics.SlowConsumers == slowBefore && published < 1_000)
        {
            await recruiter.PublishAsync(AssistantEventKind.TextChunk, "small");
            published++;
        }

        Assert.True(Host.Metrics.SlowConsumers > slowBefore, $"no slow consumer after {published} events");
        await WaitFor.ConditionAsync(() => recruiter.LiveSubscriptions == 0, "the live subscription to be released while the client still reads nothing");

        // The client stays away longer than the server once waited (5 s) before it aborted the socket
        // and lost the close code: this pause is the behaviour under test, not a wait for a condition.
        await Task.Delay(TimeSpan.FromSeconds(7));
        var closed = await client.ReceiveCloseAsync();
        Assert.Equal(1008, closed.CloseCode);
        Assert.Equal("slow consumer", closed.CloseDescription);
    }

    [Fact]
    public async Task OperationsOverASocketCountTowardsTheRateLimitAndAreAnsweredWithRateLimited()
    {
        await using var client = await Host.ConnectAsync("acme", "r11");
        var answered = 0;
        WsReceived refused;
        while (true)
        {
            var id = answered.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await client.SubscribeAsync(id, "{ me { id } }");
            var first = await ReceiveSkippingPingsAsync(client);
            if (first.Type == "error")
            {
                refused = first;
                break;
            }

            Assert.Equal(("next", id), (first.Type, first.Id));
            Assert.Equal("complete", (await ReceiveSkippingPingsAsync(client)).Type);
            answered++;
            Assert.True(answered <= TightLimitsFixture.RequestsPerWindow, "the socket is not limited");
        }

        // The key came in connection_init, so the upgrade counted as anonymous: every permit of the key went to operations.
        Assert.Equal(TightLimitsFixture.RequestsPerWindow, answered);
        Assert.Equal("RATE_LIMITED", refused.Payload[0].GetProperty("extensions").GetProperty("code").GetString());
        using var http = await Host.PostAsync(GraphQLHost.KeyOf("acme", "r11"), "{ me { id } }");
        Assert.Equal(HttpStatusCode.TooManyRequests, http.StatusCode);
    }

    [Fact]
    public async Task AQueryNestedPastTheParsersDepthIsA400WithAShortErrorAndIsNotLogged()
    {
        using var response = await Host.PostAsync(GraphQLHost.KeyOf("acme", "r0"), DeepQuery);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(body.Length < 200, body);
        Assert.Equal("QUERY_TOO_DEEP", JsonDocument.Parse(body).RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.DoesNotContain(Host.Logs.Entries, e => e.ToString().Contains("zq{zq{", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AQueryNestedPastTheParsersDepthOverASocketIsAnErrorAndTheSocketStaysUsable()
    {
        await using var client = await Host.ConnectAsync("acme", "r7");
        await client.SubscribeAsync("deep", DeepQuery);

        var error = await ReceiveSkippingPingsAsync(client);
        Assert.Equal(("error", "deep"), (error.Type, error.Id));
        Assert.Equal("QUERY_TOO_DEEP", error.Payload[0].GetProperty("extensions").GetProperty("code").GetString());

        await client.SubscribeAsync("after", "{ me { id } }");
        var next = await ReceiveSkippingPingsAsync(client);
        Assert.Equal(("next", "after"), (next.Type, next.Id));
    }

    [Fact]
    public async Task OperationsBeyondTheLimitPerConnectionAreRefused()
    {
        var recruiter = Host.World.Recruiter("acme", "r6");
        await using var client = await Host.ConnectAsync("acme", "r6");
        await client.SubscribeAsync("1", "subscription { assistantEvents { cursor } }");
        await client.SubscribeAsync("2", "subscription { assistantEvents { text } }");
        await client.SubscribeAsync("3", "subscription { assistantEvents { kind } }");

        WsReceived error;
        do
        {
            error = await client.ReceiveAsync();
        }
        while (error.Type == "ping");

        Assert.Equal(("error", "3"), (error.Type, error.Id));
        Assert.Equal("TOO_MANY_OPERATIONS", error.Payload[0].GetProperty("extensions").GetProperty("code").GetString());
        await WaitFor.ConditionAsync(() => recruiter.LiveSubscriptions == 1, "the two allowed subscriptions");
    }

    [Fact]
    public async Task ABatchIsRefusedWithAGraphQLError()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("[{\"query\": \"{ me { id } }\"}]", Encoding.UTF8, "application/json") };
        using var response = await Host.SendAsync(request, GraphQLHost.KeyOf("acme", "r5"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static async Task<WsReceived> ReceiveSkippingPingsAsync(TransportWsClient client)
    {
        WsReceived received;
        do
        {
            received = await client.ReceiveAsync();
        }
        while (received.Type == "ping");

        return received;
    }
}
