using System.Diagnostics;
using System.Globalization;
using System.Text;
using Hiring.Agents.Cluster;
using Hiring.Gateway.Hosting;

namespace Hiring.Gateway.Tests.Cluster;

/// <summary>
/// One node of a test cluster: the built <c>hiring</c> program started with <c>dotnet hiring.dll</c> as its own process,
/// in cluster mode on the given PostgreSQL, on free ports and its own data folder. <see cref="Kill"/> is <c>kill -9</c>.
/// </summary>
public sealed class SiloProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TempDataDirectory _data;

    private SiloProcess(Process process, TempDataDirectory data, int siloPort, Uri address)
    {
        _process = process;
        _data = data;
        SiloPort = siloPort;
        Http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>Failure detection tightened so a killed node is declared dead in seconds (the defaults take about half a minute).</summary>
    public static IReadOnlyDictionary<string, string> FastFailureDetection { get; } = new Dictionary<string, string>
    {
        [$"{HiringSettings.Membership}:ProbeTimeout"] = "00:00:01",
        [$"{HiringSettings.Membership}:NumMissedProbesLimit"] = "2",
        [$"{HiringSettings.Membership}:TableRefreshTimeout"] = "00:00:02",
        [$"{HiringSettings.Membership}:IAmAliveTablePublishTimeout"] = "00:00:05",
    };

    /// <summary>
    /// Failure detection loosened so faults of a few seconds on a busy machine (CI runs the eval beside the tests) never get a
    /// node declared dead: for tests of what faults do to work in flight, not of failure detection.
    /// </summary>
    public static IReadOnlyDictionary<string, string> PatientFailureDetection { get; } = new Dictionary<string, string>
    {
        [$"{HiringSettings.Membership}:ProbeTimeout"] = "00:00:10",
        [$"{HiringSettings.Membership}:NumMissedProbesLimit"] = "6",
    };

    public int SiloPort { get; }

    /// <summary>The silo's address as Orleans prints it without the generation: <c>127.0.0.1:port</c>.</summary>
    public string Endpoint => "127.0.0.1:" + SiloPort.ToString(CultureInfo.InvariantCulture);

    public HttpClient Http { get; }

    /// <summary>The node's graphql-transport-ws endpoint.</summary>
    public Uri WebSocket => new UriBuilder(new Uri(Http.BaseAddress!, "/graphql")) { Scheme = "ws" }.Uri;

    /// <summary>What the process printed so far, for a failing test's message.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts <paramref name="count"/> nodes at once (a node's start is most of a cluster test's time); when one fails, the others are stopped.</summary>
    public static Task<SiloProcess[]> StartReadyAsync(int count, string connectionString, IReadOnlyDictionary<string, string> settings, TimeSpan timeout) =>
        StartReadyAsync([.. Enumerable.Repeat(new SiloRoute(connectionString), count)], settings, timeout);

    /// <summary>Starts a node for each route at once, each reaching PostgreSQL and reached by the others as its route says.</summary>
    public static async Task<SiloProcess[]> StartReadyAsync(IReadOnlyList<SiloRoute> routes, IReadOnlyDictionary<string, string> settings, TimeSpan timeout)
    {
        var starting = routes.Select(route => StartReadyAsync(route, settings, timeout)).ToArray();
        try
        {
            return await Task.WhenAll(starting);
        }
        catch
        {
            foreach (var started in starting.Where(t => t.IsCompletedSuccessfully))
            {
                await (await started).DisposeAsync();
            }

            throw;
        }
    }

    /// <summary>Starts a node and waits until it is ready; a node that exits or times out first fails the test with its output.</summary>
    private static async Task<SiloProcess> StartReadyAsync(SiloRoute route, IReadOnlyDictionary<string, string> settings, TimeSpan timeout)
    {
        var node = Start(route, settings);
        try
        {
            await node.WaitUntilReadyAsync(timeout);
            return node;
        }
        catch (Exception e) when (e is NodeExitedException or TimeoutException)
        {
            var output = node.Output;
            await node.DisposeAsync();
            throw new InvalidOperationException($"{e.Message}\n--- node on silo port {node.SiloPort} ---\n{output}", e);
        }
    }

    private static SiloProcess Start(SiloRoute route, IReadOnlyDictionary<string, string> settings)
    {
        var data = new TempDataDirectory();
        var siloPort = route.SiloPort ?? FreePort.Next();
        var address = new Uri($"http://127.0.0.1:{FreePort.Next().ToString(CultureInfo.InvariantCulture)}");
        var arguments = new Dictionary<string, string>
        {
            [HiringSettings.DataDir] = data.Path,
            [HiringSettings.DemoProfiles] = "0",
            [ClusterSettings.ProviderKey] = nameof(ClusterProvider.Postgres),
            [ClusterSettings.ConnectionStringKey] = route.ConnectionString,
            [HiringSettings.SiloPort] = siloPort.ToString(CultureInfo.InvariantCulture),
            [HiringSettings.GatewayPort] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
            [HiringSettings.AdvertisedAddress] = "127.0.0.1",
            ["urls"] = address.ToString().TrimEnd('/'),
        };
        if (route.ListenPort is { } listenPort)
        {
            arguments[HiringSettings.SiloListenPort] = listenPort.ToString(CultureInfo.InvariantCulture);
        }

        foreach (var (key, value) in settings)
        {
            arguments[key] = value;
        }

        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = data.Path,
        };
        start.ArgumentList.Add(ProgramPath());
        foreach (var (key, value) in arguments)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet hiring.dll");
        return new SiloProcess(process, data, siloPort, address);
    }

    /// <summary>Waits until the node's /readyz answers 200: its silo is active in the cluster and its storage answers.</summary>
    private Task WaitUntilReadyAsync(TimeSpan timeout) => Wait.UntilAsync(async () =>
    {
        if (_process.HasExited)
        {
            throw new NodeExitedException($"The node exited with {_process.ExitCode} before it was ready.");
        }

        try
        {
            using var response = await Http.GetAsync(new Uri("/readyz", UriKind.Relative));
            return response.IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }, timeout, $"the node on silo port {SiloPort} is ready");

    /// <summary>Runs <paramref name="step"/>; when it fails or times out, the nodes' own output says why.</summary>
    public static async Task ExplainFailureAsync(IReadOnlyList<SiloProcess> nodes, Func<Task> step)
    {
        try
        {
            await step();
        }
        catch (Exception e) when (e is TimeoutException or InvalidOperationException or Xunit.Sdk.XunitException)
        {
            var outputs = string.Concat(nodes.Select(n => $"\n--- node on silo port {n.SiloPort} ---\n{n.Output}"));
            throw new InvalidOperationException(e.Message + outputs, e);
        }
    }

    /// <summary>SIGKILL: no graceful stop, no deactivation, no goodbye to the membership table.</summary>
    public void Kill()
    {
        _process.Kill();
        _process.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Http.Dispose();
        _data.Dispose();
    }

    private sealed class NodeExitedException(string message) : Exception(message);

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    /// <summary>The Gateway project's own build output (what scripts/test.sh runs too), in this build's configuration.</summary>
    private static string ProgramPath()
    {
        var here = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = here.Parent?.Name ?? "Release";
        for (var dir = here; dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Hiring.sln")))
            {
                var program = Path.Combine(dir.FullName, "src", "Gateway", "bin", configuration, here.Name, "hiring.dll");
                return File.Exists(program)
                    ? program
                    : throw new FileNotFoundException($"The hiring program is not built at {program}: build Hiring.sln first.", program);
            }
        }

        throw new DirectoryNotFoundException($"No Hiring.sln above {AppContext.BaseDirectory}.");
    }
}
