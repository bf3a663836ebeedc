using Microsoft.Extensions.AI.Evaluation;

namespace Hiring.Evals.Judges;

/// <summary>What <see cref="ExactFieldsJudge"/> compares.</summary>
public sealed class FieldsContext(IReadOnlyList<FieldCheck> checks)
    : EvaluationContext("fields", string.Join("; ", checks.Select(c => $"{c.Field}: {string.Join(" | ", c.Accepted)} vs {c.Actual}")))
{
    public IReadOnlyList<FieldCheck> Checks { get; } = checks;
}
