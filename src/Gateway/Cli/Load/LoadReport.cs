using System.Globalization;

namespace Hiring.Gateway.Cli.Load;

/// <summary>What <c>hiring load</c> measured (its <c>--json</c> output); the client's CPU time says whether it, rather than the nodes, set the pace.</summary>
public sealed record LoadReport(
    DateTimeOffset StartedAt,
    double Seconds,
    int Recruiters,
    IReadOnlyList<string> Targets,
    int ClientCores,
    string LoadAverageBefore,
    string LoadAverageAfter,
    long Requests,
    double RequestsPerSecond,
    IReadOnlyList<OperationFigures> Operations,
    long Errors,
    IReadOnlyDictionary<string, long> ErrorsByKind,
    double ClientCpuSeconds,
    MemoryFigures ClientMemory,
    IReadOnlyList<NodeMemoryFigures> NodeMemory)
{
    public void Write(TextWriter output)
    {
        output.WriteLine(Line($"hiring load: {Recruiters} recruiters on {Targets.Count} node(s) for {Seconds:F1} s, from {StartedAt:u}; {ClientCores} cores, load average before {LoadAverageBefore}, after {LoadAverageAfter}"));
        output.WriteLine(Line($"throughput: {RequestsPerSecond:F1} requests/s ({Requests:N0} requests), {Errors:N0} errors"));
        output.WriteLine($"{"operation",-16} {"count",9} {"per s",8} {"p50 ms",9} {"p99 ms",9} {"max ms",9}");
        foreach (var o in Operations)
        {
            output.WriteLine(Line($"{o.Kind + (o.Request ? "" : " *"),-16} {o.Count,9:N0} {o.PerSecond,8:F1} {o.P50Ms,9:F1} {o.P99Ms,9:F1} {o.MaxMs,9:F1}"));
        }

        output.WriteLine("  * observed on the subscription, from sending the message; not a request");
        foreach (var (kind, count) in ErrorsByKind)
        {
            output.WriteLine(Line($"error {kind}: {count:N0}"));
        }

        output.WriteLine(Line($"client CPU: {ClientCpuSeconds:F1} s in {Seconds:F1} s ({ClientCpuSeconds / Seconds:F2} of {ClientCores} cores)"));
        output.WriteLine(Line($"client memory: working set {Mb(ClientMemory.WorkingSetBytes)} at the end, peak {Mb(ClientMemory.PeakWorkingSetBytes)}; GC heap {Mb(ClientMemory.GcHeapBytes)}"));
        foreach (var node in NodeMemory)
        {
            output.WriteLine(node.PeakWorkingSetBytes is { } peak
                ? $"node {node.Target} memory: working set {Mb(node.WorkingSetBytes ?? 0)} at the end, peak {Mb(peak)}"
                : $"node {node.Target} memory: {node.Note ?? "unknown"}");
        }
    }

    private static string Mb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:F0} MB");

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

/// <summary>One operation kind: how many completed, and their latency (nearest-rank percentiles).</summary>
public sealed record OperationFigures(string Kind, bool Request, long Count, double PerSecond, double P50Ms, double P99Ms, double MaxMs);

/// <summary>The load client's own memory.</summary>
public sealed record MemoryFigures(long PeakWorkingSetBytes, long WorkingSetBytes, long GcHeapBytes);

/// <summary>A node's memory as its /metrics told it; <see cref="Note"/> says why it is unknown.</summary>
public sealed record NodeMemoryFigures(string Target, long? PeakWorkingSetBytes, long? WorkingSetBytes, string? Note);
