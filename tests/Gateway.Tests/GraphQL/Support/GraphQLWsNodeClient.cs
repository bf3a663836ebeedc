using System.Diagnostics;
using System.Text.Json;
using System.Threading.Channels;

namespace Hiring.Gateway.Tests.GraphQL.Support;

/// <summary>
/// Runs tests/Gateway.Tests/js/subscribe.mjs with node, using the graphql-ws client that
/// scripts/install-graphql-ws-client.sh installs (from npm, once) into artifacts/graphql-ws-client.
/// </summary>
public sealed class GraphQLWsNodeClient : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Channel<JsonElement> _lines = Channel.CreateUnbounded<JsonElement>();
    private readonly StringWriter _errors = new();

    private GraphQLWsNodeClient(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { Length: > 0 } line)
            {
                _lines.Writer.TryWrite(JsonDocument.Parse(line).RootElement.Clone());
            }
            else if (e.Data is null)
            {
                _lines.Writer.TryComplete();
            }
        };
        _process.ErrorDataReceived += (_, e) => _errors.WriteLine(e.Data);
    }

    public string Errors => _errors.ToString();

    public static async Task<GraphQLWsNodeClient> StartAsync(Uri url, string apiKey, int count)
    {
        var folder = await InstallAsync();
        var script = Path.Combine(folder, "subscribe.mjs");
        File.Copy(Path.Combine(RepositoryRoot(), "tests", "Gateway.Tests", "js", "subscribe.mjs"), script, overwrite: true);
        var process = new Process
        {
            StartInfo = new ProcessStartInfo("node")
            {
                ArgumentList = { script, url.ToString(), apiKey, count.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                WorkingDirectory = folder,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            },
        };
        var client = new GraphQLWsNodeClient(process);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return client;
    }

    /// <summary>The next printed line, or null when node has exited.</summary>
    public async Task<JsonElement?> ReadLineAsync()
    {
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        return await _lines.Reader.WaitToReadAsync(bound.Token) && _lines.Reader.TryRead(out var line) ? line : null;
    }

    public async Task<int> WaitForExitAsync()
    {
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await _process.WaitForExitAsync(bound.Token);
        return _process.ExitCode;
    }

    public ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
        }

        _process.Dispose();
        _errors.Dispose();
        return ValueTask.CompletedTask;
    }

    private static async Task<string> InstallAsync()
    {
        var root = RepositoryRoot();
        var install = Process.Start(new ProcessStartInfo("bash")
        {
            ArgumentList = { Path.Combine(root, "scripts", "install-graphql-ws-client.sh") },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("bash could not start");
        var output = install.StandardOutput.ReadToEndAsync();
        var error = install.StandardError.ReadToEndAsync();
        await install.WaitForExitAsync();
        Assert.True(install.ExitCode == 0, $"Installing the graphql-ws client failed (node and npm are required): {await error}{await output}");
        return Path.Combine(root, "artifacts", "graphql-ws-client");
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Hiring.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Hiring.sln not found above the test binaries.");
    }
}
