using System.Globalization;
using System.Text;
using Hiring.Contracts.Supervisor;
using Hiring.Gateway.GraphQL.Auth;
using Hiring.Gateway.GraphQL.Subscriptions;
using Hiring.Gateway.Tests.GraphQL.Fakes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Hiring.Gateway.Tests.GraphQL.Subscriptions;

/// <summary>
/// The live stream is a doorbell over the durable event log: an event the stream lost (its silo died with it queued)
/// reaches the subscriber from the log once the stream has been quiet for a check period, with no later event to
/// reveal the gap.
/// </summary>
public sealed class LostLiveEventTests
{
    private static readonly TimeSpan Check = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private static readonly RecruiterIdentity Identity = new("acme", "ana", "test");

    [Fact]
    public async Task ALostLastEventArrivesFromTheLogAfterAQuietCheckPeriod()
    {
        var world = new FakeAssistantWorld();
        var recruiter = world.Recruiter(Identity.Tenant, Identity.Recruiter);
        recruiter.Append(AssistantEventKind.Reply, "before the subscription");
        var time = new FakeTimeProvider();
        await using var running = await SubscribeAsync(world, time, Check);

        await recruiter.PublishAsync(AssistantEventKind.Reply, "live");
        await running.Sink.UntilAsync(1);
        recruiter.Append(AssistantEventKind.Reply, "lost by the stream");
        time.Advance(Check);

        await running.Sink.UntilAsync(2);
        Assert.Equal([2L, 3L], running.Sink.Sequences);
    }

    [Fact]
    public async Task ALogCheckThatFailsIsTriedAgainAtTheNextQuietPeriod()
    {
        var world = new FakeAssistantWorld();
        var recruiter = world.Recruiter(Identity.Tenant, Identity.Recruiter);
        var attempts = 0;
        recruiter.BeforeReadAfter = _ => Interlocked.Increment(ref attempts) == 1
            ? throw new InvalidOperationException("the supervisor's silo just died")
            : Task.CompletedTask;
        var time = new FakeTimeProvider();
        await using var running = await SubscribeAsync(world, time, Check);
        recruiter.Append(AssistantEventKind.Reply, "lost by the stream");

        time.Advance(Check);
        await Wait.UntilAsync(() => Volatile.Read(ref attempts) == 1, Patience, "the first log check failed");
        time.Advance(Check);

        await running.Sink.UntilAsync(1);
        Assert.Equal([1L], running.Sink.Sequences);
    }

    [Fact]
    public async Task ABusyStreamIsNotReadFromTheLogAndNothingArrivesTwice()
    {
        var world = new FakeAssistantWorld();
        var recruiter = world.Recruiter(Identity.Tenant, Identity.Recruiter);
        var reads = 0;
        recruiter.BeforeReadAfter = _ =>
        {
            Interlocked.Increment(ref reads);
            return Task.CompletedTask;
        };
        var time = new FakeTimeProvider();
        await using var running = await SubscribeAsync(world, time, Check);

        for (var i = 0; i < 3; i++)
        {
            time.Advance(Check / 2);
            await recruiter.PublishAsync(AssistantEventKind.Reply, $"live {i}");
        }

        time.Advance(Check / 2);
        await running.Sink.UntilAsync(3);
        Assert.Equal(0, Volatile.Read(ref reads));
        Assert.Equal([1L, 2L, 3L], running.Sink.Sequences);
    }

    private static async Task<RunningSubscription> SubscribeAsync(FakeAssistantWorld world, FakeTimeProvider time, TimeSpan check)
    {
        var hub = new RecruiterEventHub(Identity, 64, check, time, NullLogger.Instance);
        var sink = new CollectingSink();
        var subscription = new EventSubscription(Identity, null, world, hub.Shape("cursor", Resolve), sink, 64);
        hub.Add(subscription);
        await hub.StartAsync(world, CancellationToken.None);
        var stop = new CancellationTokenSource();
        return new RunningSubscription(hub, sink, stop, subscription.RunAsync(stop.Token));
    }

    private static Task<byte[]> Resolve(AssistantEvent assistantEvent) =>
        Task.FromResult(Encoding.UTF8.GetBytes(assistantEvent.Sequence.ToString(CultureInfo.InvariantCulture)));

    private sealed record RunningSubscription(RecruiterEventHub Hub, CollectingSink Sink, CancellationTokenSource Stop, Task Run) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Stop.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Run);
            await Hub.DisposeAsync();
            Stop.Dispose();
        }
    }

    /// <summary>What the subscriber was sent, as the sequences the payloads name.</summary>
    private sealed class CollectingSink : ISubscriptionSink
    {
        private readonly List<long> _sequences = [];

        public List<long> Sequences
        {
            get
            {
                lock (_sequences)
                {
                    return [.. _sequences];
                }
            }
        }

        public bool TryNext(ReadOnlyMemory<byte> payload)
        {
            lock (_sequences)
            {
                _sequences.Add(long.Parse(Encoding.UTF8.GetString(payload.Span), CultureInfo.InvariantCulture));
            }

            return true;
        }

        public void Overflow() => throw new InvalidOperationException("The test's subscriber never falls behind.");

        public Task UntilAsync(int count) => Wait.UntilAsync(() => Sequences.Count >= count, Patience, $"{count} events reached the subscriber");
    }
}
