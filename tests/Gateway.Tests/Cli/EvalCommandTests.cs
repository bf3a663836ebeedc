using Hiring.Gateway.Tests.Support;

namespace Hiring.Gateway.Tests.Cli;

[Collection(ConsoleCollection.Name)]
public sealed class EvalCommandTests
{
    [Fact]
    public async Task LlmJudgesWithoutAModelStopWithAClearMessageAndExitTwo()
    {
        using var cases = new TempDataDirectory();
        using var output = new TempDataDirectory();

        var (exit, text) = await ConsoleCapture.RunAsync(["eval", "--judge", "llm", "--cases", cases.Path, "--out", output.Path, "--data", output.Path, "--Hiring:Ai:Provider=BuiltIn"]);

        Assert.Equal(2, exit);
        Assert.Contains("LLM judges need a model: set Hiring:Ai:Provider", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownSuiteIsRefusedWithTheSuitesThereAre()
    {
        using var cases = new TempDataDirectory();
        using var output = new TempDataDirectory();

        var (exit, text) = await ConsoleCapture.RunAsync(["eval", "--suite", "nosuch", "--cases", cases.Path, "--out", output.Path, "--data", output.Path]);

        Assert.Equal(2, exit);
        Assert.Contains("There is no suite 'nosuch'. Suites: planner, intake, policy, dialogue, approvals, sourcing, evaluation, fairness, screening, outreach, memory, learning, autopilot, or all.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARunWithNoCasesYetWritesAScorecardThatMeasuresNothingAndPasses()
    {
        using var cases = new TempDataDirectory();
        using var output = new TempDataDirectory();

        var (exit, text) = await ConsoleCapture.RunAsync(["eval", "--suite", "planner", "--cases", cases.Path, "--out", output.Path, "--data", output.Path]);

        Assert.Equal(0, exit);
        Assert.Contains("eval-result planner not available", text, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output.Path, "scorecard.md")));
    }
}
