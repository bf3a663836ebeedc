using System.Diagnostics;
using System.Globalization;
using Hiring.Gateway.Hosting;

namespace Hiring.Gateway.Cli.Load;

/// <summary>
/// Memory while the load runs, sampled every second: this process's working set, and each node's from its
/// <c>/metrics</c> (.NET's <c>dotnet.process.memory.working_set</c>, served when the node runs with
/// <c>Hiring:Telemetry:Metrics=true</c>). A node without the endpoint is reported as not exposing it.
/// </summary>
public sealed class MemorySampler(HttpClient http, IReadOnlyList<Uri> targets)
{
    public const string WorkingSetMetric = "dotnet_process_memory_working_set_bytes";

    private static readonly TimeSpan Period = TimeSpan.FromSeconds(1);

    private readonly long?[] _nodePeak = new long?[targets.Count];
    private readonly long?[] _nodeLast = new long?[targets.Count];
    private readonly string?[] _nodeNote = new string?[targets.Count];
    private long _clientPeak;

    /// <summary>Samples until <paramref name="stop"/>, then once more.</summary>
    public async Task RunAsync(CancellationToken stop)
    {
        using var timer = new PeriodicTimer(Period);
        do
        {
            await SampleAsync();
        }
        while (await Tick(timer, stop));

        await SampleAsync();
    }

    public MemoryFigures Client()
    {
        using var process = Process.GetCurrentProcess();
        return new MemoryFigures(Math.Max(_clientPeak, process.WorkingSet64), process.WorkingSet64, GC.GetGCMemoryInfo().HeapSizeBytes);
    }

    public IReadOnlyList<NodeMemoryFigures> Nodes() =>
        [.. targets.Select((t, i) => new NodeMemoryFigures(t.ToString(), _nodePeak[i], _nodeLast[i], _nodeNote[i]))];

    /// <summary>The value of <paramref name="metric"/> in a Prometheus text exposition (its first series), or null.</summary>
    public static long? Read(string exposition, string metric)
    {
        foreach (var line in exposition.Split('\n'))
        {
            if (!line.StartsWith(metric, StringComparison.Ordinal) || line.Length == metric.Length || line[metric.Length] is not ('{' or ' '))
            {
                continue;
            }

            var rest = line[(line.LastIndexOf('}') is var brace and > 0 ? brace + 1 : metric.Length)..].Trim();
            if (double.TryParse(rest.Split(' ')[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                return (long)value;
            }
        }

        return null;
    }

    private static async Task<bool> Tick(PeriodicTimer timer, CancellationToken stop)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stop);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task SampleAsync()
    {
        using (var process = Process.GetCurrentProcess())
        {
            _clientPeak = Math.Max(_clientPeak, process.WorkingSet64);
        }

        for (var i = 0; i < targets.Count; i++)
        {
            try
            {
                using var response = await http.GetAsync(new Uri(targets[i], TelemetryExtensions.MetricsPath));
                if (!response.IsSuccessStatusCode)
                {
                    _nodeNote[i] = $"not exposed (/metrics answered {(int)response.StatusCode}; start the node with --{TelemetryExtensions.MetricsEndpointSetting}=true)";
                    continue;
                }

                if (Read(await response.Content.ReadAsStringAsync(), WorkingSetMetric) is { } bytes)
                {
                    _nodeLast[i] = bytes;
                    _nodePeak[i] = Math.Max(_nodePeak[i] ?? 0, bytes);
                    _nodeNote[i] = null;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                _nodeNote[i] = $"unreadable ({e.GetType().Name})";
            }
        }
    }
}
