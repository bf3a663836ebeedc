using System.Globalization;
using Hiring.Evals.Core;
using Hiring.Evals.Scorecards;

namespace Hiring.Evals;

/// <summary>
/// <c>hiring eval</c> without the command line: run the suites, write the scorecard beside the
/// previous one, print one result line per suite, and answer the exit code (0 when every measured
/// threshold holds and no suite broke, 1 otherwise).
/// </summary>
public sealed class EvalApplication(SuiteRegistry registry, TimeProvider? time = null)
{
    public const int Passed = 0;
    public const int ThresholdMissed = 1;

    /// <summary>The prefix of the one line per suite that scripts/test.sh counts.</summary>
    public const string ResultLine = "eval-result";

    public async Task<(int ExitCode, Scorecard Card)> RunAsync(EvalOptions options, ThresholdSet thresholds, TextWriter output, CancellationToken cancellationToken)
    {
        var result = await new EvalRunner(registry, time).RunAsync(options, output, cancellationToken);
        var previous = ScorecardWriter.KeepPrevious(options.OutputDirectory);
        var card = ScorecardBuilder.Build(result, thresholds, previous, [.. registry.All.Select(s => s.Name)]);
        ScorecardWriter.Write(options.OutputDirectory, card, result);

        foreach (var suite in card.Suites)
        {
            var main = suite.Metrics.Where(m => m.Thresholds.Count > 0).Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.Name} dev {ScorecardMarkdown.Show(m.Dev)} blind {ScorecardMarkdown.Show(m.Blind)}"));
            await output.WriteLineAsync($"{ResultLine} {suite.Name} {suite.Result}{(suite.Note is { } note ? $" ({note})" : "")}  {string.Join("; ", main)}");
        }

        foreach (var miss in card.Misses)
        {
            await output.WriteLineAsync($"miss: {miss}");
        }

        foreach (var target in card.TargetsMissed ?? [])
        {
            await output.WriteLineAsync($"target not met: {target}");
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"eval took {result.Elapsed.TotalSeconds:0.0} s; scorecard: {Path.Combine(options.OutputDirectory, ScorecardWriter.Markdown)}"));
        return (card.Passed ? Passed : ThresholdMissed, card);
    }
}
