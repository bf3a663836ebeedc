using Hiring.Contracts.Supervisor;
using Hiring.Gateway.Tests.GraphQL.Support;

namespace Hiring.Gateway.Tests.GraphQL.Subscriptions;

[Collection(GraphQLCollection.Name)]
public sealed class FanOutTests(GraphQLHostFixture fixture)
{
    private const string Events = "subscription($after: String) { assistantEvents(after: $after) { cursor kind text } }";

    private GraphQLHost Host => fixture.Host;

    [Fact]
    public async Task TwoConnectionsOfOneRecruiterReceiveTheSameEventsResolvedOncePerEventOverOneLiveSubscription()
    {
        var recruiter = Host.World.Recruiter("globex", "r5");
        recruiter.Append(AssistantEventKind.MessageReceived, "before both tabs opened");
        await using var tab = await Host.ConnectAsync("globex", "r5");
        await using var phone = await Host.ConnectAsync("globex", "r5");
        await tab.SubscribeAsync("a", Events, new { after = "0" });
        await phone.SubscribeAsync("b", Events, new { after = "0" });
        Assert.Equal(1, Assert.Single(await tab.ReceiveNextsAsync("a", 1)).Sequence);
        Assert.Equal(1, Assert.Single(await phone.ReceiveNextsAsync("b", 1)).Sequence);
        var resolvedBefore = Host.Metrics.PayloadsResolved;

        for (var i = 0; i < 5; i++)
        {
            await recruiter.PublishAsync(AssistantEventKind.TextChunk, $"chunk {i}");
        }

        var onTab = await tab.ReceiveNextsAsync("a", 5);
        var onPhone = await phone.ReceiveNextsAsync("b", 5);
        Assert.Equal(onTab.Select(n => n.Payload.GetRawText()), onPhone.Select(n => n.Payload.GetRawText()));
        Assert.Equal([2L, 3L, 4L, 5L, 6L], onTab.Select(n => n.Sequence));
        Assert.Equal(5, Host.Metrics.PayloadsResolved - resolvedBefore);
        Assert.Equal(1, recruiter.LiveSubscriptionsOpened);
    }

    [Fact]
    public async Task TheLiveSubscriptionEndsWhenTheLastConnectionLeaves()
    {
        var recruiter = Host.World.Recruiter("globex", "r6");
        recruiter.Append(AssistantEventKind.MessageReceived, "replayed to each, so each has joined");
        var first = await Host.ConnectAsync("globex", "r6");
        var second = await Host.ConnectAsync("globex", "r6");
        await first.SubscribeAsync("1", Events, new { after = "0" });
        await second.SubscribeAsync("1", Events, new { after = "0" });
        await first.ReceiveNextsAsync("1", 1);
        await second.ReceiveNextsAsync("1", 1);
        Assert.Equal(1, recruiter.LiveSubscriptions);

        await first.DisposeAsync();
        var after = await recruiter.PublishAsync(AssistantEventKind.Reply, "still here");
        Assert.Equal(after.Sequence, Assert.Single(await second.ReceiveNextsAsync("1", 1)).Sequence);
        Assert.Equal(1, recruiter.LiveSubscriptions);

        await second.DisposeAsync();
        await WaitFor.ConditionAsync(() => recruiter.LiveSubscriptions == 0, "the live subscription to be disposed");
        Assert.Equal(1, recruiter.LiveSubscriptionsOpened);
    }

    [Fact]
    public async Task ARecruiterNeverReceivesAnotherRecruitersEvents()
    {
        var mine = Host.World.Recruiter("globex", "r7");
        var theirs = Host.World.Recruiter("acme", "r7");
        await using var client = await Host.ConnectAsync("globex", "r7");
        await client.SubscribeAsync("mine", Events);
        await WaitFor.ConditionAsync(() => mine.LiveSubscriptions == 1, "the live subscription");

        await theirs.PublishAsync(AssistantEventKind.Reply, "acme secret");
        await mine.PublishAsync(AssistantEventKind.Reply, "globex news");

        var next = Assert.Single(await client.ReceiveNextsAsync("mine", 1));
        Assert.Equal("globex news", next.Payload.GetProperty("data").GetProperty("assistantEvents").GetProperty("text").GetString());
    }
}
