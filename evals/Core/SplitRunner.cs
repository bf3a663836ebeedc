using System.Globalization;
using Hiring.Evals.Cases;

namespace Hiring.Evals.Core;

/// <summary>
/// Runs one split's cases: each case gets its own tally, merged when it finishes; a case that throws
/// becomes a failed case with its error, and counts as a miss on the suite's per-case metrics.
/// LLM judges' scores are averaged per judge and metric, their errors listed, and pairwise position
/// flips become <c>pairwise_flip_rate</c>.
/// </summary>
public static class SplitRunner
{
    public const string FlipMetric = "position_flip";
    public const string FlipRate = "pairwise_flip_rate";
    public const string LlmJudgePrefix = "judges/";
    public const string CasesPassed = "cases_passed";

    public static async Task<SplitReport> RunAsync(
        EvalSplit split,
        IReadOnlyList<EvalCase> cases,
        Func<EvalCase, MetricTally, CancellationToken, Task<CaseResult>> runCase,
        IReadOnlyList<string> perCaseMetrics,
        int parallelism,
        CancellationToken cancellationToken,
        Action<MetricTally>? declare = null)
    {
        var tally = new MetricTally();
        declare?.Invoke(tally);
        var results = new CaseResult[cases.Count];
        using var gate = new SemaphoreSlim(Math.Max(1, parallelism));
        var tasks = cases.Select(async (evalCase, index) =>
        {
            await gate.WaitAsync(cancellationToken);
            try
            {
                var own = new MetricTally();
                try
                {
                    results[index] = await runCase(evalCase, own, cancellationToken);
                    tally.Merge(own);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    results[index] = CaseResult.Failed(evalCase.Id, ex);
                    foreach (var metric in perCaseMetrics)
                    {
                        tally.Ratio(metric, false);
                    }
                }
            }
            finally
            {
                gate.Release();
            }
        });
        await Task.WhenAll(tasks);

        var errors = new List<string>();
        foreach (var result in results)
        {
            foreach (var score in result.Judges)
            {
                if (score.Error is { } error)
                {
                    errors.Add($"{result.Id}: {score.Judge} could not score {score.Metric}: {error}");
                }
                else if (score.Metric == FlipMetric && score.Value is { } flipped)
                {
                    tally.Ratio(FlipRate, flipped > 0);
                }
                else if (score.Judge.StartsWith(LlmJudgePrefix, StringComparison.Ordinal) && score.Value is { } value)
                {
                    tally.Mean($"judge.{score.Judge[LlmJudgePrefix.Length..]}.{score.Metric}", value);
                }
            }
        }

        var judgeErrors = results.Sum(r => r.Judges.Count(j => j.Error is not null));
        if (judgeErrors > 0)
        {
            tally.Count("judge_errors", judgeErrors);
        }

        var caseErrors = results.Count(r => r.Error is not null);
        if (caseErrors > 0)
        {
            errors.Insert(0, string.Create(CultureInfo.InvariantCulture, $"{caseErrors} case(s) threw; see their errors"));
        }

        foreach (var result in results)
        {
            tally.Ratio(CasesPassed, result.Passed);
        }

        return new SplitReport(split, tally.Values(), results, errors);
    }
}
