using Microsoft.Extensions.AI.Evaluation;

namespace Hiring.Evals.Judges;

/// <summary>
/// Exact fields (intent, project target, spec fields): each field is right when its canonical actual
/// value is one of the canonical accepted values. Metrics: <c>field_accuracy</c> (right / checked) and
/// one yes/no metric per field, <c>field.{name}</c>.
/// </summary>
public sealed class ExactFieldsJudge : DeterministicJudge<FieldsContext>
{
    public const string Accuracy = "field_accuracy";
    public const string FieldPrefix = "field.";

    public override string Name => "exact-fields";

    public override IReadOnlyCollection<string> EvaluationMetricNames => [Accuracy];

    protected override EvaluationResult Score(FieldsContext context)
    {
        var metrics = new List<EvaluationMetric>();
        var right = 0;
        foreach (var check in context.Checks)
        {
            var holds = check.Holds;
            right += holds ? 1 : 0;
            metrics.Add(new BooleanMetric(FieldPrefix + check.Field, holds, holds ? null : $"expected {Show(check.Accepted)}, got {check.Actual ?? "nothing"}"));
        }

        metrics.Insert(0, new NumericMetric(Accuracy, context.Checks.Count == 0 ? null : (double)right / context.Checks.Count, $"{right} of {context.Checks.Count} fields right"));
        return new EvaluationResult(metrics);
    }

    private static string Show(IReadOnlyList<string> accepted) => accepted.Count == 0 ? "nothing" : string.Join(" or ", accepted);
}
