using Hiring.Agents.Identity;
using Hiring.Agents.Streaming;
using Hiring.Contracts.Supervisor;
using Hiring.Gateway.GraphQL.Subscriptions;
using Hiring.Gateway.Tests.GraphQL.Support;
using Orleans.Streams;

namespace Hiring.Gateway.Tests.GraphQL.Subscriptions;

/// <summary>The production live path: events published on the co-hosted silo's Orleans stream reach WebSocket subscribers.</summary>
public sealed class OrleansEventSourceTests : IAsyncLifetime
{
    private GraphQLHost _host = null!;

    public async Task InitializeAsync() => _host = await GraphQLHost.StartAsync(orleansEvents: true);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task EventsPublishedOnTheRecruitersStreamArriveOnTheSubscription()
    {
        Assert.IsType<OrleansAssistantEventSource>(_host.Gateway.App.Services.GetRequiredService<IAssistantEventSource>());
        var key = GrainKeys.Recruiter("acme", "r1");
        var stream = _host.Gateway.App.Services.GetRequiredService<IClusterClient>()
            .GetStreamProvider(AssistantStreams.Provider)
            .GetStream<AssistantEvent>(AssistantStreams.ForRecruiter(key));
        var hubs = _host.Gateway.App.Services.GetRequiredService<RecruiterEventHubs>();
        await using var client = await _host.ConnectAsync("acme", "r1");
        await client.SubscribeAsync("live", "subscription { assistantEvents { cursor text } }");
        await WaitFor.ConditionAsync(() => hubs.Subscribers == 1, "the subscription to join its recruiter's hub");

        await stream.OnNextAsync(new AssistantEvent(1, key, AssistantEventKind.Reply, DateTimeOffset.UtcNow, "from the stream"));
        await stream.OnNextAsync(new AssistantEvent(2, key, AssistantEventKind.Reply, DateTimeOffset.UtcNow, "and again"));

        var nexts = await client.ReceiveNextsAsync("live", 2);
        Assert.Equal([1L, 2L], nexts.Select(n => n.Sequence));
    }

    [Fact]
    public async Task AnotherRecruitersStreamDoesNotReachTheSubscription()
    {
        var mine = GrainKeys.Recruiter("acme", "r2");
        var provider = _host.Gateway.App.Services.GetRequiredService<IClusterClient>().GetStreamProvider(AssistantStreams.Provider);
        var hubs = _host.Gateway.App.Services.GetRequiredService<RecruiterEventHubs>();
        await using var client = await _host.ConnectAsync("acme", "r2");
        await client.SubscribeAsync("live", "subscription { assistantEvents { cursor text } }");
        await WaitFor.ConditionAsync(() => hubs.Subscribers >= 1, "the subscription to join its recruiter's hub");

        var other = GrainKeys.Recruiter("globex", "r2");
        await provider.GetStream<AssistantEvent>(AssistantStreams.ForRecruiter(other)).OnNextAsync(new AssistantEvent(1, other, AssistantEventKind.Reply, DateTimeOffset.UtcNow, "globex"));
        await provider.GetStream<AssistantEvent>(AssistantStreams.ForRecruiter(mine)).OnNextAsync(new AssistantEvent(1, mine, AssistantEventKind.Reply, DateTimeOffset.UtcNow, "acme"));

        var next = Assert.Single(await client.ReceiveNextsAsync("live", 1));
        Assert.Equal("acme", next.Payload.GetProperty("data").GetProperty("assistantEvents").GetProperty("text").GetString());
    }
}
