using System.Diagnostics;
using System.Globalization;
using Hiring.Evals.Judges.Llm;

namespace Hiring.Evals.Core;

/// <summary>
/// Runs the selected suites one after another. A suite that needs what the run cannot give (a model)
/// is reported as not available; a suite that throws is reported as failed with the reason; neither
/// stops the others.
/// </summary>
public sealed class EvalRunner(SuiteRegistry registry, TimeProvider? time = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public async Task<EvalResult> RunAsync(EvalOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        var suites = registry.Select(options.Suites);
        var startedAt = _time.GetUtcNow();
        var total = Stopwatch.StartNew();

        // Fails early and clearly (no model configured) before any suite runs.
        using var judges = options.LlmJudges ? LlmJudges.FromConfiguration(options.Configuration, options.CacheDirectory) : null;
        await using var run = new EvalRun(options, log, judges);
        var reports = new List<SuiteReport>();
        var durations = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        foreach (var suite in suites)
        {
            var watch = Stopwatch.StartNew();
            log.WriteLine($"eval: {suite.Name} …");
            var report = await RunOneAsync(suite, run, cancellationToken);
            durations[suite.Name] = watch.Elapsed;
            reports.Add(report);
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"eval: {suite.Name} {Describe(report)} in {watch.Elapsed.TotalSeconds:0.0} s"));
        }

        return new EvalResult(options, reports, durations, total.Elapsed, startedAt, judges?.Model);
    }

    private static async Task<SuiteReport> RunOneAsync(IEvalSuite suite, EvalRun run, CancellationToken cancellationToken)
    {
        if (suite.Needs.HasFlag(SuiteNeeds.Model) && run.Options.Engine == EvalEngine.BuiltIn && run.Judges is null)
        {
            return SuiteReport.NotAvailable(suite.Name, "needs a model: run with --engine llm or --judge llm and set Hiring:Ai:Provider");
        }

        try
        {
            return await suite.RunAsync(run, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return SuiteReport.Broken(suite.Name, $"{ex.GetType().Name}: {ex.Message}");
        }
    }

    private static string Describe(SuiteReport report) => report.Status switch
    {
        SuiteStatus.NotAvailable => $"not available ({report.Note})",
        SuiteStatus.Failed => $"failed ({report.Note})",
        _ => string.Join("; ", report.Splits.Select(s => s.Missing is not null
            ? $"{s.Split.ToString().ToLowerInvariant()}: missing"
            : string.Create(CultureInfo.InvariantCulture, $"{s.Split.ToString().ToLowerInvariant()}: {s.Cases.Count(c => c.Passed)}/{s.Cases.Count} cases passed"))),
    };
}
