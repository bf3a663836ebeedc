using Microsoft.Extensions.AI.Evaluation;

namespace Hiring.Evals.Judges;

/// <summary>
/// Set comparison (must / nice, places): per set a yes/no metric <c>set.{name}</c> (equal, or contains
/// in <see cref="SetMode.Contains"/>), with what is missing and what is extra as the reason, and
/// <c>set.{name}.precision</c> / <c>set.{name}.recall</c>.
/// </summary>
public sealed class SetComparisonJudge : DeterministicJudge<SetsContext>
{
    public const string Prefix = "set.";

    public override string Name => "set-comparison";

    public override IReadOnlyCollection<string> EvaluationMetricNames => [];

    protected override EvaluationResult Score(SetsContext context)
    {
        var metrics = new List<EvaluationMetric>();
        foreach (var check in context.Checks)
        {
            var missing = check.Missing;
            var extra = check.Extra;
            var reason = missing.Count + extra.Count == 0 ? null : $"missing [{string.Join(", ", missing)}], extra [{string.Join(", ", extra)}]";
            metrics.Add(new BooleanMetric(Prefix + check.Field, check.Holds, reason));
            var matchedActual = check.Actual.Count - extra.Count;
            metrics.Add(new NumericMetric($"{Prefix}{check.Field}.precision", check.Actual.Count == 0 ? null : (double)matchedActual / check.Actual.Count));
            metrics.Add(new NumericMetric($"{Prefix}{check.Field}.recall", check.Expected.Count == 0 ? null : (double)(check.Expected.Count - missing.Count) / check.Expected.Count));
        }

        return new EvaluationResult(metrics);
    }
}
