using Hiring.Evals.Cases;

namespace Hiring.Evals.Core;

/// <summary>
/// The usual shape of a suite's run: for each split the run asks for, load the cases (a missing file
/// is reported, a malformed one breaks the suite with file:line) and run them through <see cref="SplitRunner"/>.
/// </summary>
public static class SuiteSplits
{
    public static async Task<SuiteReport> RunAsync(
        EvalRun run,
        string suite,
        Func<EvalCase, MetricTally, CancellationToken, Task<CaseResult>> runCase,
        IReadOnlyList<string> perCaseMetrics,
        CancellationToken cancellationToken,
        int parallelism = 1,
        Action<MetricTally>? declare = null)
    {
        var reads = new List<CaseFileRead>();
        try
        {
            reads.AddRange(run.Splits.Select(split => run.Cases.Load(suite, split)));
        }
        catch (CaseFileException e)
        {
            return SuiteReport.Broken(suite, e.Message);
        }

        var splits = new List<SplitReport>();
        foreach (var read in reads)
        {
            splits.Add(read.Missing is { } missing
                ? SplitReport.MissingFile(read.Split, missing)
                : await SplitRunner.RunAsync(read.Split, read.Cases, runCase, perCaseMetrics, parallelism, cancellationToken, declare));
        }

        return new SuiteReport(suite, SuiteStatus.Ran, splits);
    }
}
