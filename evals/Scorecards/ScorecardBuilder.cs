using System.Globalization;
using Hiring.Evals.Core;

namespace Hiring.Evals.Scorecards;

/// <summary>
/// Builds the scorecard from a run: per suite and metric, dev and blind side by side with the
/// previous run's values and the thresholds; a threshold below its mark is a miss, and so is a suite
/// that broke. Thresholds of suites not measured this run (not registered yet, not available, case
/// file missing) are shown as not measured, not as misses.
/// </summary>
public static class ScorecardBuilder
{
    public const string Passed = "passed";
    public const string Failed = "failed";
    public const string NotAvailable = "not available";

    public static Scorecard Build(EvalResult result, ThresholdSet thresholds, Scorecard? previous, IReadOnlyCollection<string> registered)
    {
        var misses = new List<string>();
        var targets = new List<string>();
        var cards = result.Suites.Select(report => Card(report, thresholds, previous, result, misses, targets)).ToList();
        var everything = result.Options.Suites.Count == 0 || result.Options.Suites.Any(s => string.Equals(s, "all", StringComparison.OrdinalIgnoreCase));
        if (everything)
        {
            // Suites with thresholds that nobody has written yet: visible, not failing.
            foreach (var name in thresholds.All.Select(t => t.Suite).Distinct(StringComparer.OrdinalIgnoreCase).Where(n => !registered.Contains(n, StringComparer.OrdinalIgnoreCase)))
            {
                cards.Add(Card(SuiteReport.NotAvailable(name, "no such suite yet"), thresholds, previous, result, misses, targets));
            }
        }

        return new Scorecard(
            result.StartedAt,
            result.Options.Engine.ToString().ToLowerInvariant(),
            result.Options.Judges.ToString().ToLowerInvariant(),
            result.JudgeModel,
            [.. result.Options.Splits.Select(Name)],
            Math.Round(result.Elapsed.TotalSeconds, 1),
            misses.Count == 0,
            misses,
            cards,
            targets);
    }

    public static string Name(EvalSplit split) => split.ToString().ToLowerInvariant();

    private static SuiteCard Card(SuiteReport report, ThresholdSet thresholds, Scorecard? previous, EvalResult result, List<string> misses, List<string> targets)
    {
        var before = previous?.Suites.FirstOrDefault(s => s.Name == report.Suite);
        var dev = report.For(EvalSplit.Dev);
        var blind = report.For(EvalSplit.Blind);
        var suiteThresholds = thresholds.For(report.Suite).Where(t => result.Options.Splits.Contains(t.Split)).ToList();
        var names = (dev?.Metrics.Keys ?? []).Concat(blind?.Metrics.Keys ?? []).Concat(suiteThresholds.Select(t => t.Metric)).Distinct(StringComparer.Ordinal).ToList();
        var rows = new List<MetricRow>();
        var missed = false;
        foreach (var name in names)
        {
            var devValue = Value(dev, name);
            var blindValue = Value(blind, name);
            var checks = new List<ThresholdResult>();
            foreach (var threshold in suiteThresholds.Where(t => t.Metric == name))
            {
                var measured = threshold.Split == EvalSplit.Dev ? devValue : blindValue;
                bool? holds = report.Status == SuiteStatus.Ran && measured is { } m ? threshold.Holds(m) : null;
                checks.Add(new ThresholdResult(Name(threshold.Split), threshold.Op == ThresholdOp.Min ? "min" : "max", threshold.Value, holds, threshold.Target));
                var line = string.Create(CultureInfo.InvariantCulture, $"{report.Suite}.{name} on {Name(threshold.Split)}: {measured:0.###}, needs {threshold.Describe()}");
                if (holds == false && threshold.Target)
                {
                    targets.Add(line);
                }
                else if (holds == false)
                {
                    missed = true;
                    misses.Add(line);
                }
            }

            var row = before?.Metrics.FirstOrDefault(m => m.Name == name);
            rows.Add(new MetricRow(name, devValue, blindValue, row?.Dev, row?.Blind, checks));
        }

        if (report.Status == SuiteStatus.Failed)
        {
            misses.Add($"{report.Suite}: the suite failed: {report.Note}");
        }

        var nothingMeasured = report.Splits.Count > 0 && report.Splits.All(s => s.Missing is not null);
        var outcome = report.Status switch
        {
            SuiteStatus.Failed => Failed,
            SuiteStatus.NotAvailable => NotAvailable,
            _ when missed => Failed,
            _ when nothingMeasured => NotAvailable,
            _ => Passed,
        };
        var durations = result.Durations.TryGetValue(report.Suite, out var took) ? Math.Round(took.TotalSeconds, 1) : 0;
        return new SuiteCard(
            report.Suite,
            report.Status.ToString(),
            outcome,
            report.Note,
            durations,
            report.Splits.Where(s => s.Missing is null).ToDictionary(s => Name(s.Split), s => string.Create(CultureInfo.InvariantCulture, $"{s.Cases.Count(c => c.Passed)}/{s.Cases.Count}")),
            rows,
            [.. report.Splits.Where(s => s.Missing is not null).Select(s => s.Missing!)],
            [.. (dev?.Cases ?? []).Where(c => !c.Passed).Select(c => new FailedCase(c.Id, c.Expected, c.Actual, c.Error))],
            [.. (blind?.Cases ?? []).Where(c => !c.Passed).Select(c => c.Id)],
            [.. report.Splits.SelectMany(s => s.Errors.Select(e => $"{Name(s.Split)}: {e}"))],
            [.. report.Splits.SelectMany(s => (s.Notes ?? []).Select(n => $"{Name(s.Split)}: {n}"))]);
    }

    private static double? Value(SplitReport? split, string metric) =>
        split is not null && split.Metrics.TryGetValue(metric, out var value) ? value : null;
}
