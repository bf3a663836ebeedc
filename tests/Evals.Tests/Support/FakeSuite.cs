using Hiring.Evals.Cases;
using Hiring.Evals.Core;

namespace Hiring.Evals.Tests.Support;

/// <summary>
/// A suite over its own cases: each case's "score" (0 or 1) is its "accuracy" observation, a case
/// with "throw" throws, and "judges" adds the case's scripted judge scores.
/// </summary>
public sealed class FakeSuite(string name = "fake") : IEvalSuite
{
    public string Name { get; } = name;

    public SuiteNeeds Needs => SuiteNeeds.None;

    public Task<SuiteReport> RunAsync(EvalRun run, CancellationToken cancellationToken) =>
        SuiteSplits.RunAsync(run, Name, RunCase, ["accuracy"], cancellationToken);

    private static Task<CaseResult> RunCase(EvalCase evalCase, MetricTally tally, CancellationToken cancellationToken)
    {
        if (CaseJson.Flag(evalCase.Json, "throw") == true)
        {
            throw new InvalidOperationException($"case {evalCase.Id} blew up");
        }

        var right = CaseJson.Number(evalCase.Json, "score") is > 0;
        tally.Ratio("accuracy", right);
        var flip = CaseJson.Flag(evalCase.Json, "flip");
        IReadOnlyList<JudgeScore> judges = flip is { } f ? [new JudgeScore("judges/pairwise", SplitRunner.FlipMetric, f ? 1 : 0)] : [];
        return Task.FromResult(new CaseResult(evalCase.Id, right, $"secret expected text {evalCase.Id}", $"secret actual text {evalCase.Id}", judges));
    }
}
