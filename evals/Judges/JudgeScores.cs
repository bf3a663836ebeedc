using Hiring.Evals.Core;
using Microsoft.Extensions.AI.Evaluation;

namespace Hiring.Evals.Judges;

/// <summary>Turns an <see cref="EvaluationResult"/> into the report's judge scores.</summary>
public static class JudgeScores
{
    public static IReadOnlyList<JudgeScore> From(string judge, EvaluationResult result) =>
    [
        .. result.Metrics.Values.Select(metric =>
        {
            var error = metric.Diagnostics?.FirstOrDefault(d => d.Severity == EvaluationDiagnosticSeverity.Error)?.Message;
            return metric switch
            {
                NumericMetric n => new JudgeScore(judge, metric.Name, error is null ? n.Value : null, metric.Reason, error),
                BooleanMetric b => new JudgeScore(judge, metric.Name, b.Value is { } v ? (v ? 1 : 0) : null, metric.Reason, error),
                StringMetric s => new JudgeScore(judge, metric.Name, null, string.IsNullOrEmpty(s.Value) ? metric.Reason : s.Value, error),
                _ => new JudgeScore(judge, metric.Name, null, metric.Reason, error),
            };
        }),
    ];

    /// <summary>A yes/no metric's value, or false when it is absent.</summary>
    public static bool Holds(EvaluationResult result, string metric) =>
        result.TryGet<BooleanMetric>(metric, out var value) && value.Value == true;

    /// <summary>A numeric metric's value, or null.</summary>
    public static double? Number(EvaluationResult result, string metric) =>
        result.TryGet<NumericMetric>(metric, out var value) ? value.Value : null;
}
