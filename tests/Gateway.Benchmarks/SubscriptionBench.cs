using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Hiring.Agents.Identity;
using Hiring.Agents.Streaming;
using Hiring.Contracts.Supervisor;
using Hiring.Gateway.Cli.Bench;
using Hiring.Gateway.GraphQL.Subscriptions;
using Orleans.Streams;

namespace Hiring.Gateway.Benchmarks;

/// <summary>
/// Publish-to-client latency: N WebSocket subscribers spread over R recruiters; each round publishes one
/// event per recruiter (through the Orleans stream, or straight into the in-memory source) and waits
/// until every subscriber has it.
/// </summary>
public static class SubscriptionBench
{
    /// <param name="paceMilliseconds">0: each round publishes to every recruiter at once (a burst of N deliveries);
    /// otherwise one event every this many milliseconds, round-robin over the recruiters.</param>
    public static async Task<Percentiles> RunAsync(int subscribers, int recruiters, int rounds, bool viaOrleans, int paceMilliseconds)
    {
        await using var host = await BenchHost.StartAsync(recruiters, viaOrleans);
        var latencies = new ConcurrentQueue<double>();
        var delivered = 0L;
        var recording = false;
        var clients = Enumerable.Range(0, subscribers).Select(i => new BenchSubscriber(i % recruiters, ms =>
        {
            if (Volatile.Read(ref recording))
            {
                latencies.Enqueue(ms);
            }

            Interlocked.Increment(ref delivered);
        })).ToList();

        foreach (var batch in clients.Chunk(50))
        {
            await Task.WhenAll(batch.Select(c => c.ConnectAsync(host.WebSocketUri)));
        }

        var hubs = host.Services.GetRequiredService<RecruiterEventHubs>();
        await UntilAsync(() => hubs.Subscribers == subscribers);
        var publishers = Enumerable.Range(0, recruiters).Select(i => Publisher(host, i, viaOrleans)).ToList();

        const int warmup = 5;
        for (var round = 0; round < warmup + rounds; round++)
        {
            Volatile.Write(ref recording, round >= warmup);
            var target = Interlocked.Read(ref delivered) + subscribers;
            foreach (var publish in publishers)
            {
                await publish(round + 1);
                if (paceMilliseconds > 0)
                {
                    await Task.Delay(paceMilliseconds);
                }
            }

            await UntilAsync(() => Interlocked.Read(ref delivered) >= target);
        }

        foreach (var client in clients)
        {
            await client.DisposeAsync();
        }

        return new Percentiles(latencies);
    }

    private static Func<long, Task> Publisher(BenchHost host, int recruiter, bool viaOrleans)
    {
        var key = GrainKeys.Recruiter(BenchHost.Tenant, BenchHost.Recruiter(recruiter));
        if (!viaOrleans)
        {
            var fake = host.World.Recruiter(BenchHost.Tenant, BenchHost.Recruiter(recruiter));
            return _ => fake.PublishAsync(AssistantEventKind.TextChunk, Now());
        }

        var stream = host.Services.GetRequiredService<IClusterClient>()
            .GetStreamProvider(AssistantStreams.Provider)
            .GetStream<AssistantEvent>(AssistantStreams.ForRecruiter(key));
        return sequence => stream.OnNextAsync(new AssistantEvent(sequence, key, AssistantEventKind.TextChunk, DateTimeOffset.UtcNow, Now()));
    }

    private static string Now() => Stopwatch.GetTimestamp().ToString(CultureInfo.InvariantCulture);

    private static async Task UntilAsync(Func<bool> condition)
    {
        var bound = Stopwatch.StartNew();
        while (!condition())
        {
            if (bound.Elapsed > TimeSpan.FromMinutes(2))
            {
                throw new TimeoutException("the benchmark stalled");
            }

            await Task.Delay(1);
        }
    }
}
