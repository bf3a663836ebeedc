using Orleans.Streams;
using System.Diagnostics;
using System.Globalization;
using Hiring.Agents.Identity;
using Hiring.Agents.Streaming;
using Hiring.Contracts.Supervisor;

namespace Hiring.Gateway.Cli.Bench;

/// <summary>
/// Measures the supervisor on one co-hosted silo with the built-in engine: durable posts per
/// second, routed in-memory calls per second, and the time from a post to its first events.
/// </summary>
public sealed class SupervisorBench(TextWriter output)
{
    public async Task RunAsync(int recruiters, int posts, int calls, int latencySamples, CancellationToken cancellationToken)
    {
        await using var host = await BenchHost.StartAsync();
        using var tenant = TenantScope.For("bench");
        var client = host.Client;
        await output.WriteLineAsync($"supervisor bench: {recruiters} recruiters, {posts:N0} posts, {calls:N0} calls, {latencySamples} latency samples, {Environment.ProcessorCount} cores");

        // Warm-up: activations, the MiniLM model and SQLite's page cache.
        await PostAllAsync(client, "warm", recruiters: 20, posts: 100, cancellationToken);
        await DrainAsync(client, "warm", recruiters: 20, perRecruiter: 5, cancellationToken);

        var (messageReceived, planCreated) = await FirstEventLatencyAsync(client, latencySamples, cancellationToken);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"first event after a post (MessageReceived): p50 {Percentiles.Of(messageReceived, 50):F1} ms, p99 {Percentiles.Of(messageReceived, 99):F1} ms"));
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"first plan after a post (PlanCreated, built-in planner): p50 {Percentiles.Of(planCreated, 50):F1} ms, p99 {Percentiles.Of(planCreated, 99):F1} ms"));

        // The process's CPU time says what the rate would be with both cores to itself (other builds share this machine).
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        var postRate = await PostAllAsync(client, "posts", recruiters, posts, cancellationToken);
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"durable posts: {postRate:N0}/s wall clock; {postRate * wall.Elapsed.TotalSeconds / cpu:N0} per process CPU-second ({cpu:F1} CPU-s in {wall.Elapsed.TotalSeconds:F1} s: {cpu / wall.Elapsed.TotalSeconds:F2} of {Environment.ProcessorCount} cores)"));

        var callRate = await RoutedCallsAsync(client, recruiters, calls, cancellationToken);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"routed in-memory calls (GetPolicy): {callRate:N0}/s"));
    }

    private static async Task<double> PostAllAsync(IClusterClient client, string prefix, int recruiters, int posts, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        // Stay under each inbox's bound: the planner drains it in the background meanwhile.
        var perRecruiter = (posts + recruiters - 1) / recruiters;
        await Parallel.ForEachAsync(Enumerable.Range(0, recruiters), new ParallelOptions { MaxDegreeOfParallelism = 256, CancellationToken = cancellationToken }, async (r, _) =>
        {
            var supervisor = client.GetGrain<IRecruiterSupervisor>(GrainKeys.Recruiter("bench", $"{prefix}{r}"));
            for (var i = 0; i < perRecruiter; i++)
            {
                await supervisor.Post(new MessageEnvelope($"{prefix}-{r}-{i}", "thanks"));
            }
        });
        return recruiters * perRecruiter / stopwatch.Elapsed.TotalSeconds;
    }

    /// <summary>Waits until every posted message has a completed plan, so the next measurement starts idle.</summary>
    private static async Task DrainAsync(IClusterClient client, string prefix, int recruiters, int perRecruiter, CancellationToken cancellationToken)
    {
        for (var r = 0; r < recruiters; r++)
        {
            var supervisor = client.GetGrain<IRecruiterSupervisor>(GrainKeys.Recruiter("bench", $"{prefix}{r}"));
            while ((await supervisor.EventsAfter(0, 500)).Count(e => e.Kind == AssistantEventKind.PlanCompleted) < perRecruiter)
            {
                await Task.Delay(50, cancellationToken);
            }
        }
    }

    private static async Task<(List<double> Received, List<double> Planned)> FirstEventLatencyAsync(IClusterClient client, int samples, CancellationToken cancellationToken)
    {
        var received = new List<double>();
        var planned = new List<double>();
        var provider = client.GetStreamProvider(AssistantStreams.Provider);
        for (var i = 0; i < samples; i++)
        {
            var key = GrainKeys.Recruiter("bench", $"latency{i}");
            var gotMessage = new TaskCompletionSource<double>(TaskCreationOptions.RunContinuationsAsynchronously);
            var gotPlan = new TaskCompletionSource<double>(TaskCreationOptions.RunContinuationsAsynchronously);
            var stopwatch = new Stopwatch();
            var handle = await provider.GetStream<AssistantEvent>(AssistantStreams.ForRecruiter(key)).SubscribeAsync((e, _) =>
            {
                if (e.Kind == AssistantEventKind.MessageReceived)
                {
                    gotMessage.TrySetResult(stopwatch.Elapsed.TotalMilliseconds);
                }
                else if (e.Kind == AssistantEventKind.PlanCreated)
                {
                    gotPlan.TrySetResult(stopwatch.Elapsed.TotalMilliseconds);
                }

                return Task.CompletedTask;
            });
            stopwatch.Start();
            await client.GetGrain<IRecruiterSupervisor>(key).Post(new MessageEnvelope("m", i % 2 == 0 ? "find senior Go engineers in Berlin" : "hello"));
            received.Add(await gotMessage.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken));
            planned.Add(await gotPlan.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken));
            await handle.UnsubscribeAsync();
        }

        return (received, planned);
    }

    private static async Task<double> RoutedCallsAsync(IClusterClient client, int recruiters, int calls, CancellationToken cancellationToken)
    {
        var grains = Enumerable.Range(0, recruiters).Select(r => client.GetGrain<IRecruiterSupervisor>(GrainKeys.Recruiter("bench", $"posts{r}"))).ToArray();
        var stopwatch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, calls), new ParallelOptions { MaxDegreeOfParallelism = 1024, CancellationToken = cancellationToken }, async (i, _) =>
            await grains[i % grains.Length].GetPolicy());
        return calls / stopwatch.Elapsed.TotalSeconds;
    }
}
