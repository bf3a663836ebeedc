using System.Globalization;
using System.Text;

namespace Hiring.Evals.Scorecards;

/// <summary>scorecard.md: per suite a table of metrics, dev and blind side by side with the change since the previous run and the thresholds.</summary>
public static class ScorecardMarkdown
{
    public static string Render(Scorecard card)
    {
        var md = new StringBuilder();
        md.AppendLine("# Eval scorecard").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"{card.GeneratedAt:yyyy-MM-dd HH:mm} UTC · engine {card.Engine} · judges {card.Judges}{(card.JudgeModel is null ? "" : $" ({card.JudgeModel})")} · splits {string.Join(" + ", card.Splits)} · {card.Seconds:0.0} s");
        md.AppendLine().AppendLine(card.Passed ? "**Passed**: every measured threshold holds." : Invariant($"**Failed**: {card.Misses.Count} miss(es)."));
        foreach (var miss in card.Misses)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- {miss}");
        }

        if (card.TargetsMissed is { Count: > 0 } targets)
        {
            md.AppendLine().AppendLine(Invariant($"**Targets not yet met** ({targets.Count}; they do not fail the run, the gates do):"));
            foreach (var target in targets)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- {target}");
            }
        }

        foreach (var suite in card.Suites)
        {
            md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"## {suite.Name}: {suite.Result}");
            var facts = suite.Cases.Select(c => $"{c.Key} {c.Value} cases passed").ToList();
            if (suite.Seconds > 0)
            {
                facts.Add(Invariant($"{suite.Seconds:0.0} s"));
            }

            if (suite.Note is { Length: > 0 } note)
            {
                facts.Add(note);
            }

            facts.AddRange(suite.Missing);
            md.AppendLine().AppendLine(string.Join(" · ", facts));
            if (suite.Metrics.Count > 0)
            {
                md.AppendLine().AppendLine("| metric | dev | Δ dev | blind | Δ blind | threshold | result |").AppendLine("|---|---:|---:|---:|---:|---|---|");
                foreach (var row in suite.Metrics)
                {
                    var thresholds = string.Join(", ", row.Thresholds.Select(t => Invariant($"{t.Split} {(t.Op == "min" ? "≥" : "≤")} {t.Value:0.###}{(t.Target ? " (target)" : "")}")));
                    var result = row.Thresholds.Count == 0 ? ""
                        : row.Thresholds.Any(t => t.Passed == false && !t.Target) ? "✗ miss"
                        : row.Thresholds.Any(t => t.Passed == false) ? "✓ gate, target not met"
                        : row.Thresholds.All(t => t.Passed == true) ? "✓" : "not measured";
                    md.AppendLine(CultureInfo.InvariantCulture, $"| {row.Name} | {Show(row.Dev)} | {Delta(row.Dev, row.PreviousDev)} | {Show(row.Blind)} | {Delta(row.Blind, row.PreviousBlind)} | {thresholds} | {result} |");
                }
            }

            if (suite.DevFailures.Count > 0)
            {
                md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"Failing dev cases ({suite.DevFailures.Count}):").AppendLine();
                foreach (var failure in suite.DevFailures)
                {
                    md.AppendLine(failure.Error is { } error
                        ? Invariant($"- `{failure.Id}`: error: {Escape(error)}")
                        : Invariant($"- `{failure.Id}`: expected {Escape(failure.Expected)}; got {Escape(failure.Actual)}"));
                }
            }

            if (suite.BlindFailures.Count > 0)
            {
                md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"Failing blind cases ({suite.BlindFailures.Count}, by id only): {string.Join(", ", suite.BlindFailures)}");
            }

            if (suite.Notes is { Count: > 0 } notes)
            {
                md.AppendLine().AppendLine("Notes:").AppendLine();
                foreach (var line in notes)
                {
                    md.AppendLine(CultureInfo.InvariantCulture, $"- {Escape(line)}");
                }
            }

            if (suite.Errors.Count > 0)
            {
                md.AppendLine().AppendLine("Errors:").AppendLine();
                foreach (var error in suite.Errors)
                {
                    md.AppendLine(CultureInfo.InvariantCulture, $"- {Escape(error)}");
                }
            }
        }

        return md.ToString();
    }

    public static string Show(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "–";

    public static string Delta(double? now, double? before) =>
        now is { } n && before is { } b ? (n - b).ToString("+0.000;-0.000;±0", CultureInfo.InvariantCulture) : "";

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
