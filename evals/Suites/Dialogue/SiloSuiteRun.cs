using Hiring.Evals.Cases;
using Hiring.Evals.Core;

namespace Hiring.Evals.Suites.Dialogue;

/// <summary>
/// The run of a suite whose cases talk to the real assistant on an in-process silo (<see cref="DialogueSilo"/>):
/// the cases are read first, so a missing file costs no silo start; then one silo serves every split.
/// </summary>
public static class SiloSuiteRun
{
    public static async Task<SuiteReport> RunAsync(
        EvalRun run,
        string suite,
        Func<DialogueSilo, Func<EvalCase, MetricTally, CancellationToken, Task<CaseResult>>> runner,
        IReadOnlyList<string> perCaseMetrics,
        int parallelism,
        CancellationToken cancellationToken,
        Action<MetricTally>? declare = null,
        TimeProvider? clock = null)
    {
        var reads = run.Splits.Select(split => run.Cases.Load(suite, split)).ToList();
        if (reads.All(r => r.Missing is not null))
        {
            return await SuiteSplits.RunAsync(run, suite, (c, _, _) => throw new InvalidOperationException("unreachable"), [], cancellationToken);
        }

        await using var silo = await DialogueSilo.StartAsync(run.ProductConfiguration, cancellationToken, clock);
        return await SuiteSplits.RunAsync(run, suite, runner(silo), perCaseMetrics, cancellationToken, parallelism, declare);
    }
}
