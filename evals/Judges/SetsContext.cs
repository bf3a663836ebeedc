using Microsoft.Extensions.AI.Evaluation;

namespace Hiring.Evals.Judges;

/// <summary>What <see cref="SetComparisonJudge"/> compares.</summary>
public sealed class SetsContext(IReadOnlyList<SetCheck> checks)
    : EvaluationContext("sets", string.Join("; ", checks.Select(c => $"{c.Field}: [{string.Join(", ", c.Expected)}] vs [{string.Join(", ", c.Actual)}]")))
{
    public IReadOnlyList<SetCheck> Checks { get; } = checks;
}
