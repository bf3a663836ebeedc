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

    public int SiloPort { get; }

    public HttpClient Http { get; }

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

    /// <summary>Starts a node and waits until it is ready; a node that exits or times out first fails the test with its output.</summary>
    public static async Task<SiloProcess> StartReadyAsync(string connectionString, IReadOnlyDictionary<string, string> settings, TimeSpan timeout)
    {
        var node = Start(connectionString, settings);
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

    private static SiloProcess Start(string connectionString, IReadOnlyDictionary<string, string> settings)
    {
        var data = new TempDataDirectory();
        var siloPort = FreePort.Next();
        var address = new Uri($"http://127.0.0.1:{FreePort.Next().ToString(CultureInfo.InvariantCulture)}");
        var arguments = new Dictionary<string, string>
        {
            [HiringSettings.DataDir] = data.Path,
            [HiringSettings.DemoProfiles] = "0",
            [ClusterSettings.ProviderKey] = nameof(ClusterProvider.Postgres),
            [ClusterSettings.ConnectionStringKey] = connectionString,
            [HiringSettings.SiloPort] = siloPort.ToString(CultureInfo.InvariantCulture),
            [HiringSettings.GatewayPort] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
            [HiringSettings.AdvertisedAddress] = "127.0.0.1",
            ["urls"] = address.ToString().TrimEnd('/'),
        };
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
