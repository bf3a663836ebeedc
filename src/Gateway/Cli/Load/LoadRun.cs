using System.Diagnostics;
using Hiring.Gateway.Cli.Bench;

namespace Hiring.Gateway.Cli.Load;

/// <summary>
/// Runs a <see cref="LoadPlan"/> against running nodes: checks each is ready and accepts every recruiter's key
/// (a <see cref="LoadException"/> that says what to fix, before the clock starts), then lets the recruiters work
/// for the plan's duration, stops them, and reports.
/// </summary>
public sealed class LoadRun(LoadPlan plan)
{
    public async Task<LoadReport> RunAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = SimulatedRecruiter.EventTimeout };
        foreach (var target in plan.Targets)
        {
            await CheckReadyAsync(http, target, cancellationToken);
        }

        var recorder = new OperationRecorder();
        var graphql = new LoadGraphQL(http);
        var runId = Guid.NewGuid().ToString("N")[..8];
        var recruiters = Enumerable.Range(0, plan.Recruiters)
            .Select(i => new SimulatedRecruiter(i, runId, plan.Targets[i % plan.Targets.Count], plan.Keys[i % plan.Keys.Count], graphql, recorder, plan.Think))
            .ToList();
        await Parallel.ForEachAsync(recruiters, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken }, async (r, token) => await r.SignInAsync(token));

        var memory = new MemorySampler(http, plan.Targets);
        var loadBefore = LoadAverage.Now();
        var startedAt = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        stop.CancelAfter(plan.Duration);
        var sampling = memory.RunAsync(stop.Token);
        await Task.WhenAll(recruiters.Select(r => Task.Run(() => r.RunAsync(stop.Token), CancellationToken.None)));
        var seconds = clock.Elapsed.TotalSeconds;
        var clientCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        await sampling;
        cancellationToken.ThrowIfCancellationRequested();
        return Report(startedAt, seconds, clientCpu, loadBefore, recorder, memory);
    }

    private LoadReport Report(DateTimeOffset startedAt, double seconds, double clientCpu, string loadBefore, OperationRecorder recorder, MemorySampler memory)
    {
        var operations = recorder.Latencies()
            .Select(p => (Kind: p.Key, Samples: new Percentiles(p.Value)))
            .OrderBy(p => !LoadOperations.Requests.Contains(p.Kind))
            .ThenBy(p => p.Kind, StringComparer.Ordinal)
            .Select(p => new OperationFigures(p.Kind, LoadOperations.Requests.Contains(p.Kind), p.Samples.Count, p.Samples.Count / seconds, p.Samples.At(50), p.Samples.At(99), p.Samples.At(100)))
            .ToList();
        var errors = recorder.Errors();
        var requests = operations.Where(o => o.Request).Sum(o => o.Count);
        return new LoadReport(
            startedAt, seconds, plan.Recruiters, [.. plan.Targets.Select(t => t.ToString())], Environment.ProcessorCount, loadBefore, LoadAverage.Now(),
            requests, requests / seconds, operations, errors.Values.Sum(), errors, clientCpu, memory.Client(), memory.Nodes());
    }

    private static async Task CheckReadyAsync(HttpClient http, Uri target, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync(new Uri(target, "/readyz"), cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new LoadException($"{target} is not ready (/readyz answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}).");
            }
        }
        catch (HttpRequestException e)
        {
            throw new LoadException($"{target} is not reachable ({e.Message}): start the node first, or check the URL.");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new LoadException($"{target} did not answer /readyz within {http.Timeout.TotalSeconds:0} s.");
        }
    }
}
