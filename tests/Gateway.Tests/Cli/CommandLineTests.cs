using Hiring.Gateway.Cli;
using Hiring.Gateway.Tests.Support;

namespace Hiring.Gateway.Tests.Cli;

[Collection(ConsoleCollection.Name)]
public sealed class CommandLineTests
{
    [Fact]
    public async Task HelpListsTheCommandsAndTheServerOptions()
    {
        var (exit, output) = await ConsoleCapture.RunAsync(["--help"]);

        Assert.Equal(0, exit);
        Assert.Contains("db", output, StringComparison.Ordinal);
        Assert.Contains("--data", output, StringComparison.Ordinal);
        Assert.Contains("--urls", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DbInfoCreatesAndDescribesTheDatabaseInTheDataFolder()
    {
        using var data = new TempDataDirectory();
        var (exit, output) = await ConsoleCapture.RunAsync(["db", "info", "--data", data.Path]);

        Assert.Equal(0, exit);
        Assert.Contains(Path.Combine(data.Path, "hiring.db"), output, StringComparison.Ordinal);
        Assert.Contains("grain_state: 0 rows", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DbCheckReportsAHealthyFile()
    {
        using var data = new TempDataDirectory();
        var (exit, output) = await ConsoleCapture.RunAsync(["db", "check", "--data", data.Path]);

        Assert.Equal(0, exit);
        Assert.EndsWith(": ok", output.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownCommandIsAnErrorNotAServerStart()
    {
        var (exit, output) = await ConsoleCapture.RunAsync(["serach", "go"]);

        Assert.Equal(2, exit);
        Assert.Contains("Unknown command or argument 'serach'", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownDbSubcommandIsAnError()
    {
        var (exit, output) = await ConsoleCapture.RunAsync(["db", "frobnicate"]);

        Assert.NotEqual(0, exit);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
    }
}
