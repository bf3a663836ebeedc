using Hiring.Agents.Identity;
using Hiring.Agents.Supervisor.State;
using Hiring.Agents.Tests.Support;
using Hiring.Contracts.Supervisor;
using Hiring.Storage;

namespace Hiring.Agents.Tests.Supervisor;

/// <summary>The inbox and its receipts live in the append-only log; the supervisor's state blob keeps only the current picture.</summary>
public sealed class SupervisorInboxLogTests
{
    private static readonly DateTimeOffset Then = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task AReceiptSurvivesARestartSoARepeatedPostIsRecognisedAndNotPlannedTwice()
    {
        const string tenant = "receipts-restart";
        using var scope = TenantScope.For(tenant);
        using var data = new TempDataDirectory();
        PostAck first;
        await using (var before = await SupervisorTestCluster.StartAsync(data.Path))
        {
            var supervisor = before.Client.GetGrain<IRecruiterSupervisor>($"{tenant}/ana");
            first = await supervisor.Post(new MessageEnvelope("once", "thanks"));
            await supervisor.WaitForAsync(AssistantEventKind.PlanCompleted);
            await before.StopAllSilosAsync();
        }

        await using var after = await SupervisorTestCluster.StartAsync(data.Path);
        var restarted = after.Client.GetGrain<IRecruiterSupervisor>($"{tenant}/ana");
        var again = await restarted.Post(new MessageEnvelope("once", "thanks"));
        var next = await restarted.Post(new MessageEnvelope("twice", "thanks"));
        await restarted.WaitForAsync(e => e.Kind == AssistantEventKind.PlanCompleted && e.PlanId == $"m{next.InboxSequence}", "the second plan");

        Assert.Equal((true, first.InboxSequence, first.AcceptedAt), (again.Duplicate, again.InboxSequence, again.AcceptedAt));
        Assert.Equal(first.InboxSequence + 1, next.InboxSequence);
        Assert.Equal(2, (await restarted.EventsAfter(0, 500)).Count(e => e.Kind == AssistantEventKind.MessageReceived));
        await after.StopAllSilosAsync();
    }

    [Fact]
    public async Task ConcurrentPostsAreEachOnDiskInTheInboxConversationAndEventsWhenAcknowledged()
    {
        const string tenant = "concurrent-posts";
        using var scope = TenantScope.For(tenant);
        using var data = new TempDataDirectory();
        await using var cluster = await SupervisorTestCluster.StartAsync(data.Path, new Dictionary<string, string?> { ["Hiring:Supervisor:MaxInbox"] = "100" });
        var supervisor = cluster.Client.GetGrain<IRecruiterSupervisor>($"{tenant}/ana");

        var acks = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => supervisor.Post(new MessageEnvelope($"c-{i}", "thanks"))));

        // Read straight from the file on a new connection: an acknowledgement means committed.
        using var database = new SqliteDatabase(data.Path);
        var logs = new SqliteLogStore(database);
        var inbox = await logs.ReadAfterAsync($"inbox/{tenant}/ana", 0, 100);
        var conversation = await logs.ReadAfterAsync($"conversation/{tenant}/ana", 0, 100);
        var received = (await logs.ReadAfterAsync($"events/{tenant}/ana", 0, 500)).Where(e => e.Type == nameof(AssistantEventKind.MessageReceived)).ToList();
        Assert.Equal(Enumerable.Range(1, 40).Select(n => (long)n), acks.Select(a => a.InboxSequence).Order());
        Assert.Equal(40, inbox.Count);
        Assert.All(acks, a => Assert.Contains(inbox, e => e.Payload.Contains($"\"{a.ClientMessageId}\"", StringComparison.Ordinal)));
        Assert.Equal(40, conversation.Count(e => e.Type == nameof(ConversationRole.Recruiter)));
        Assert.Equal(40, received.Count);
        await cluster.StopAllSilosAsync();
    }

    [Fact]
    public async Task TheStateBlobStaysTheSameSizeAsPostsGrow()
    {
        const string tenant = "bounded-inbox";
        using var scope = TenantScope.For(tenant);
        using var data = new TempDataDirectory();
        await using var cluster = await SupervisorTestCluster.StartAsync(data.Path, new Dictionary<string, string?> { ["Hiring:Supervisor:MaxInbox"] = "1000" });
        var supervisor = cluster.Client.GetGrain<IRecruiterSupervisor>($"{tenant}/ana");

        var afterFew = await PostAndDrainAsync(supervisor, data.Path, from: 0, count: 5);
        var afterMany = await PostAndDrainAsync(supervisor, data.Path, from: 5, count: 300);

        // Flat: only the processed-through mark grows, by a varint byte (version 1 grew by a receipt per post).
        Assert.InRange(afterMany, afterFew, afterFew + 2);
        Assert.Equal((true, 305L), (await supervisor.Post(new MessageEnvelope("m-304", "thanks"))) is var ack ? (ack.Duplicate, ack.InboxSequence) : default);
        await cluster.StopAllSilosAsync();
    }

    [Fact]
    public async Task AVersion1InboxMovesToTheLogItsWaitingMessageIsPlannedAndItsReceiptsStillCount()
    {
        const string tenant = "inbox-v1";
        using var scope = TenantScope.For(tenant);
        using var data = new TempDataDirectory();
        var waiting = new InboxItem(3, new MessageEnvelope("old-3", "thanks"), Then);
        await StoredState.WriteVersion1Async(data.Path, GrainId.Create("recruitersupervisor", $"{tenant}/ana"), "supervisor", new SupervisorState
        {
            LastInboxSequence = 3,
            LegacyInbox = [waiting],
            LegacyReceipts = [new PostAck("old-1", 1, Then, false), new PostAck("old-2", 2, Then, false), new PostAck("old-3", 3, Then, false)],
        });

        await using var cluster = await SupervisorTestCluster.StartAsync(data.Path);
        var supervisor = cluster.Client.GetGrain<IRecruiterSupervisor>($"{tenant}/ana");

        await supervisor.WaitForAsync(e => e.Kind == AssistantEventKind.PlanCompleted && e.PlanId == "m3", "the plan of the waiting message");
        var repeat = await supervisor.Post(new MessageEnvelope("old-1", "thanks"));
        var fresh = await supervisor.Post(new MessageEnvelope("new-4", "thanks"));

        Assert.Equal((true, 1L, Then), (repeat.Duplicate, repeat.InboxSequence, repeat.AcceptedAt));
        Assert.Equal(4, fresh.InboxSequence);
        Assert.Single(await supervisor.EventsAfter(0, 500), e => e.Kind == AssistantEventKind.PlanCreated && e.PlanId == "m3");
        await cluster.StopAllSilosAsync();
    }

    private static async Task<long> SettledBlobBytesAsync(string dataPath, CancellationToken cancellationToken)
    {
        var (size, same) = (StoredState.BlobBytes(dataPath, "supervisor"), 0);
        while (same < 5)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Delay(25, CancellationToken.None);
            var now = StoredState.BlobBytes(dataPath, "supervisor");
            (size, same) = now == size ? (size, same + 1) : (now, 0);
        }

        return size;
    }

    private static async Task<long> PostAndDrainAsync(IRecruiterSupervisor supervisor, string dataPath, int from, int count)
    {
        for (var i = from; i < from + count; i++)
        {
            await supervisor.Post(new MessageEnvelope($"m-{i}", "thanks"));
        }

        // More events than one page: follow the log with a cursor until the last message's plan completes.
        var last = $"m{from + count}";
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        for (long cursor = 0; ;)
        {
            var page = await supervisor.EventsAfter(cursor, 500);
            if (page.Any(e => e.Kind == AssistantEventKind.PlanCompleted && e.PlanId == last))
            {
                // The event is logged before the grain writes its state back: read the blob once that write has landed.
                return await SettledBlobBytesAsync(dataPath, timeout.Token);
            }

            timeout.Token.ThrowIfCancellationRequested();
            cursor = page.Count > 0 ? page[^1].Sequence : cursor;
            // Polling interval of the durable log, not a guess at how long the work takes.
            await Task.Delay(25, CancellationToken.None);
        }
    }
}
