using Hiring.Contracts.Supervisor;
using Hiring.Gateway.Tests.GraphQL.Support;

namespace Hiring.Gateway.Tests.GraphQL.Subscriptions;

[Collection(GraphQLCollection.Name)]
public sealed class ResumeTests(GraphQLHostFixture fixture)
{
    private const string Events = "subscription($after: String) { assistantEvents(after: $after) { cursor text } }";

    private GraphQLHost Host => fixture.Host;

    [Fact]
    public async Task ResumingReplaysTheLogThenGoesLiveWithoutGapOrDuplicateWhileEventsArriveDuringReplay()
    {
        var recruiter = Host.World.Recruiter("globex", "r1");
        for (var i = 0; i < 250; i++)
        {
            recruiter.Append(AssistantEventKind.TextChunk, $"old {i}");
        }

        var published = 0;
        recruiter.BeforeReadAfter = async _ =>
        {
            // Live events published while the subscriber is still reading the log.
            if (Interlocked.Exchange(ref published, 1) == 0)
            {
                for (var i = 0; i < 10; i++)
                {
                    await recruiter.PublishAsync(AssistantEventKind.TextChunk, $"during replay {i}");
                }
            }
        };

        await using var client = await Host.ConnectAsync("globex", "r1");
        await client.SubscribeAsync("resume", Events, new { after = "100" });

        var received = await client.ReceiveNextsAsync("resume", 160);
        Assert.Equal(Enumerable.Range(101, 160).Select(i => (long)i), received.Select(r => r.Sequence));

        var after = await recruiter.PublishAsync(AssistantEventKind.Reply, "live");
        Assert.Equal(after.Sequence, Assert.Single(await client.ReceiveNextsAsync("resume", 1)).Sequence);
    }

    [Fact]
    public async Task AGapInTheLiveStreamIsFilledFromTheLog()
    {
        var recruiter = Host.World.Recruiter("globex", "r2");
        await using var client = await Host.ConnectAsync("globex", "r2");
        await client.SubscribeAsync("gap", Events);
        await WaitFor.ConditionAsync(() => recruiter.LiveSubscriptions == 1, "the live subscription");

        await recruiter.PublishAsync(AssistantEventKind.Reply, "one");
        recruiter.Append(AssistantEventKind.Reply, "lost by the stream");
        await recruiter.PublishAsync(AssistantEventKind.Reply, "three");

        var received = await client.ReceiveNextsAsync("gap", 3);
        Assert.Equal([1L, 2L, 3L], received.Select(r => r.Sequence));
    }

    [Fact]
    public async Task ResumingFromTheLatestCursorOnlyReceivesNewEvents()
    {
        var recruiter = Host.World.Recruiter("globex", "r3");
        var last = await recruiter.PublishAsync(AssistantEventKind.Reply, "seen before the reconnect");
        await using var client = await Host.ConnectAsync("globex", "r3");
        await client.SubscribeAsync("latest", Events, new { after = last.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        await WaitFor.ConditionAsync(() => recruiter.LiveSubscriptions == 1, "the live subscription");

        var fresh = await recruiter.PublishAsync(AssistantEventKind.Reply, "new");

        Assert.Equal(fresh.Sequence, Assert.Single(await client.ReceiveNextsAsync("latest", 1)).Sequence);
    }

    [Fact]
    public async Task AReplayThatFailsEndsTheOperationWithAnOpaqueError()
    {
        var recruiter = Host.World.Recruiter("globex", "r10");
        recruiter.BeforeReadAfter = _ => throw new InvalidOperationException("event log offline at 10.0.0.7");
        await using var client = await Host.ConnectAsync("globex", "r10");
        await client.SubscribeAsync("broken", Events, new { after = "0" });

        var error = await client.ReceiveAsync();
        Assert.Equal(("error", "broken"), (error.Type, error.Id));
        Assert.Equal("INTERNAL_SERVER_ERROR", error.Payload[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.DoesNotContain("10.0.0.7", error.Payload.GetRawText(), StringComparison.Ordinal);
        await WaitFor.ConditionAsync(() => recruiter.LiveSubscriptions == 0, "the failed subscription to leave its hub");
    }

    [Fact]
    public async Task AReplayThatTimesOutWhileTheAssistantFailsOverEndsTheOperationSayingTryAgain()
    {
        var recruiter = Host.World.Recruiter("globex", "r13");
        recruiter.BeforeReadAfter = _ => throw new TimeoutException("Response did not arrive on time in 00:00:30 for S10.0.0.7:11111");
        await using var client = await Host.ConnectAsync("globex", "r13");
        await client.SubscribeAsync("failing-over", Events, new { after = "0" });

        var error = await client.ReceiveAsync();
        Assert.Equal(("error", "failing-over", "UNAVAILABLE"), (error.Type, error.Id, error.Payload[0].GetProperty("extensions").GetProperty("code").GetString()));
        Assert.DoesNotContain("10.0.0.7", error.Payload.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheEventsQueryReadsTheSameLogWithCursors()
    {
        var recruiter = Host.World.Recruiter("globex", "r4");
        for (var i = 0; i < 5; i++)
        {
            recruiter.Append(AssistantEventKind.TextChunk, $"e{i}");
        }

        var body = await Host.QueryAsync("globex", "r4", "{ events(after: \"2\", max: 2) { cursor text } }");

        var events = body.GetProperty("data").GetProperty("events");
        Assert.Equal(["3", "4"], events.EnumerateArray().Select(e => e.GetProperty("cursor").GetString()));
    }
}
