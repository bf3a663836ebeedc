using System.Diagnostics;
using Hiring.Agents.Identity;
using Hiring.Contracts.Supervisor;
using Hiring.Storage;

namespace Hiring.Gateway.Cli.Bench;

/// <summary>
/// Many recruiters posting at once for a fixed time, each with a window of posts in flight, while
/// their assistants work through the messages as they do in production. A post counts when its
/// acknowledgement arrives (the message is committed to SQLite by then); a refusal because the
/// inbox is full counts apart, and its poster waits 10 ms. Afterwards it waits until every
/// acknowledged message has been planned and answered, so the backlog left behind is measured too.
/// </summary>
public sealed class DurablePostLoad(IClusterClient client, SqliteWriter writer, string prefix, int recruiters, int window)
{
    private readonly long[] _acked = new long[recruiters];
    private long _refused;

    public async Task<DurablePostResult> RunAsync(TimeSpan duration, CancellationToken cancellationToken)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes();
        var collections = GC.CollectionCount(0);
        var paused = GC.GetTotalPauseDuration();
        var jit = System.Runtime.JitInfo.GetCompilationTime();
        var (writes, commits) = (writer.Writes, writer.Commits);
        var wall = Stopwatch.StartNew();
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var posters = Enumerable.Range(0, recruiters * window).Select(i => PostUntilAsync(i / window, i % window, deadline, cancellationToken)).ToList();
        var latencies = (await Task.WhenAll(posters)).SelectMany(l => l).ToList();
        var postSeconds = wall.Elapsed.TotalSeconds;
        var postCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        await DrainAsync(cancellationToken);
        return new DurablePostResult(
            latencies.Count, Interlocked.Read(ref _refused), postSeconds, postCpu, wall.Elapsed.TotalSeconds,
            (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds, new Percentiles(latencies),
            GC.GetTotalAllocatedBytes() - allocated, GC.CollectionCount(0) - collections, (GC.GetTotalPauseDuration() - paused).TotalSeconds,
            (System.Runtime.JitInfo.GetCompilationTime() - jit).TotalSeconds,
            writer.Writes - writes, writer.Commits - commits);
    }

    private async Task<List<double>> PostUntilAsync(int recruiter, int slot, long deadline, CancellationToken cancellationToken)
    {
        await Task.Yield();
        var supervisor = Supervisor(recruiter);
        var latencies = new List<double>();
        for (var i = 0; Stopwatch.GetTimestamp() < deadline; i++)
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                await supervisor.Post(new MessageEnvelope($"{prefix}-{recruiter}-{slot}-{i}", "thanks"));
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                Interlocked.Increment(ref _acked[recruiter]);
            }
            catch (AssistantRefusalException refusal) when (refusal.Code == RefusalCodes.InboxFull)
            {
                Interlocked.Increment(ref _refused);
                await Task.Delay(10, cancellationToken);
            }
        }

        return latencies;
    }

    /// <summary>Waits until each recruiter has completed a plan for every message it acknowledged.</summary>
    private async Task DrainAsync(CancellationToken cancellationToken)
    {
        await Parallel.ForEachAsync(Enumerable.Range(0, recruiters), new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken }, async (r, token) =>
        {
            var supervisor = Supervisor(r);
            long cursor = 0, completed = 0;
            while (completed < _acked[r])
            {
                var page = await supervisor.EventsAfter(cursor, 500);
                if (page.Count == 0)
                {
                    await Task.Delay(50, token);
                    continue;
                }

                cursor = page[^1].Sequence;
                completed += page.Count(e => e.Kind == AssistantEventKind.PlanCompleted);
            }
        });
    }

    private IRecruiterSupervisor Supervisor(int recruiter) => client.GetGrain<IRecruiterSupervisor>(GrainKeys.Recruiter("bench", $"{prefix}{recruiter}"));
}
