using System.CommandLine;
using System.Text.Json;
using Hiring.Gateway.Cli;
using Hiring.Gateway.Cli.Bench;
using Hiring.Gateway.Cli.Load;
using Hiring.Gateway.GraphQL.Limits;
using Hiring.Gateway.Hosting;
using Hiring.Gateway.Tests.GraphQL.Fakes;

namespace Hiring.Gateway.Tests.Cli;

/// <summary>
/// <c>hiring load</c>: one short smoke run (2 recruiters, 5 s; one starts with a chat, the other with browsing) against the real product host on loopback, checked for
/// a well-formed report in which every kind of work happened and nothing failed; never a timing. And its bad input.
/// </summary>
public sealed class LoadCommandTests
{
    [Fact]
    public async Task TwoRecruitersChatSubscribeApproveAndBrowseAndTheReportSaysSoWithMemory()
    {
        using var folder = new TempDataDirectory();
        var (made, madeOutput, _) = await RunAsync(["load", "keys", "--count", "2", "--out", folder.Path]);
        Assert.True(made == 0, madeOutput);
        var settings = File.ReadAllLines(Path.Combine(folder.Path, LoadKeys.NodeArgumentsFile))
            .Select(a => a.TrimStart('-').Split('=', 2))
            .ToDictionary(p => p[0], p => (string?)p[1]);
        settings[TelemetryExtensions.MetricsEndpointSetting] = "true";
        await using var node = await BenchHost.StartAsync(services: s => FakeSupervisor.KeepOutOfTheSilo(s), settings: settings);

        var (exit, output, error) = await RunAsync(
            ["load", "--target", node.BaseAddress.ToString(), "--keys-file", Path.Combine(folder.Path, LoadKeys.KeysFile), "--recruiters", "2", "--duration", "5s", "--json", "--report", Path.Combine(folder.Path, "report.json")]);

        Assert.True(exit == 0, error);
        Assert.Equal(output.Trim(), File.ReadAllText(Path.Combine(folder.Path, "report.json")).Trim());
        using var report = JsonDocument.Parse(output);
        var root = report.RootElement;
        Assert.Equal(2, root.GetProperty("recruiters").GetInt32());
        Assert.True(root.GetProperty("errors").GetInt64() == 0, output);
        Assert.Empty(root.GetProperty("errorsByKind").EnumerateObject());
        var counts = root.GetProperty("operations").EnumerateArray().ToDictionary(o => o.GetProperty("kind").GetString()!, o => o.GetProperty("count").GetInt64());
        foreach (var kind in new[] { LoadOperations.Subscribe, LoadOperations.SendMessage, LoadOperations.EventDelivered, LoadOperations.Projects, LoadOperations.Approvals })
        {
            Assert.True(counts.GetValueOrDefault(kind) > 0, $"no {kind} in {output}");
        }

        Assert.True(root.GetProperty("requests").GetInt64() >= counts.Where(c => LoadOperations.Requests.Contains(c.Key)).Sum(c => c.Value));
        Assert.True(root.GetProperty("requestsPerSecond").GetDouble() > 0);
        Assert.True(root.GetProperty("clientMemory").GetProperty("workingSetBytes").GetInt64() > 0);
        var nodeMemory = Assert.Single(root.GetProperty("nodeMemory").EnumerateArray());
        Assert.True(nodeMemory.GetProperty("peakWorkingSetBytes").GetInt64() > 0, output);
    }

    [Fact]
    public void TheNodeSettingsForLoadKeysAcceptEveryKeyAndDoNotThrottleThem()
    {
        using var folder = new TempDataDirectory();
        var (keysPath, argumentsPath) = LoadKeys.Write(folder.Path, 12);

        var arguments = File.ReadAllLines(argumentsPath);
        Assert.Equal(12, LoadKeys.Read(keysPath).Count);
        Assert.Equal(12, arguments.Count(a => a.Contains(":KeyHash=", StringComparison.Ordinal)));
        Assert.Contains("--Hiring:Auth:ApiKeys:11:Tenant=load1", arguments);
        var limit = Assert.Single(arguments, a => a.StartsWith("--Hiring:Limits:RequestsPerWindow=", StringComparison.Ordinal));
        Assert.True(int.Parse(limit.Split('=')[1], System.Globalization.CultureInfo.InvariantCulture) > new LimitSettings().RequestsPerWindow * 1000);
    }

    [Theory]
    [InlineData("--duration", "3x", "--duration '3x' is not a duration")]
    [InlineData("--duration", "2h", "at most an hour")]
    [InlineData("--recruiters", "0", "--recruiters must be between 1")]
    [InlineData("--target", "localhost:5080", "--target 'localhost:5080' is not an http:// or https:// URL")]
    public async Task BadInputIsAClearErrorAndRunsNothing(string option, string value, string expected)
    {
        var (exit, _, error) = await RunAsync(["load", "--target", "http://127.0.0.1:5080", "--api-key", "k", option, value]);

        Assert.Equal(2, exit);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoTargetAndNoKeyAreEachNamed()
    {
        var (exit, _, error) = await RunAsync(["load", "--duration", "3s"]);

        Assert.Equal(2, exit);
        Assert.Contains("--target is required", error, StringComparison.Ordinal);
        Assert.Contains("Pass --api-key KEY or --keys-file FILE", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnreachableTargetIsNamedBeforeTheClockStarts()
    {
        var port = FreePort.Next();
        var (exit, _, error) = await RunAsync(["load", "--target", $"http://127.0.0.1:{port}", "--api-key", "k", "--duration", "3s"]);

        Assert.Equal(1, exit);
        Assert.Contains($"http://127.0.0.1:{port}/ is not reachable", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("60s", 60_000)]
    [InlineData("2m", 120_000)]
    [InlineData("500ms", 500)]
    [InlineData("1.5", 1_500)]
    public void DurationsReadAsWritten(string text, double milliseconds) =>
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), LoadDuration.Parse(text));

    /// <summary>Runs the command line with its own writers: a host started in this process logs to the console, not into the report.</summary>
    private static async Task<(int Exit, string Output, string Error)> RunAsync(string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await HiringCommandLine.Create().Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }
}
