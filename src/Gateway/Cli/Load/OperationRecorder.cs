using System.Collections.Concurrent;
using System.Diagnostics;

namespace Hiring.Gateway.Cli.Load;

/// <summary>Latencies per operation kind and failures per kind and code, from every simulated recruiter at once.</summary>
public sealed class OperationRecorder
{
    private readonly ConcurrentDictionary<string, List<double>> _latencies = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _errors = new(StringComparer.Ordinal);

    public void Record(string kind, double milliseconds)
    {
        var samples = _latencies.GetOrAdd(kind, _ => []);
        lock (samples)
        {
            samples.Add(milliseconds);
        }
    }

    public void Fail(string kind, string code) => _errors.AddOrUpdate($"{kind}: {code}", 1, (_, n) => n + 1);

    /// <summary>
    /// Runs and times one operation: its latency when it succeeds, its failure's code when it fails (then the
    /// result is default and ok false). Cancelled by <paramref name="stop"/> (the run's end), it passes through and is
    /// counted as neither; cancelled otherwise (an operation's own time limit), it failed with "timeout".
    /// </summary>
    public async Task<(bool Ok, T? Value)> TimeAsync<T>(string kind, Func<Task<T>> operation, CancellationToken stop)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var value = await operation();
            Record(kind, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return (true, value);
        }
        catch (LoadException failure)
        {
            Fail(kind, failure.Code);
            return (false, default);
        }
        catch (OperationCanceledException) when (!stop.IsCancellationRequested)
        {
            Fail(kind, "timeout");
            return (false, default);
        }
    }

    public IReadOnlyDictionary<string, double[]> Latencies() =>
        _latencies.ToDictionary(p => p.Key, p =>
        {
            lock (p.Value)
            {
                return p.Value.ToArray();
            }
        }, StringComparer.Ordinal);

    public IReadOnlyDictionary<string, long> Errors() => new SortedDictionary<string, long>(_errors, StringComparer.Ordinal);
}
