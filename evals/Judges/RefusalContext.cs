using Microsoft.Extensions.AI.Evaluation;

namespace Hiring.Evals.Judges;

/// <summary>What <see cref="RefusalJudge"/> compares: the protected attributes a case expects refused and those the product named.</summary>
public sealed class RefusalContext(IReadOnlyList<string> expected, IReadOnlyList<string> named)
    : EvaluationContext("refusal", $"expected [{string.Join(", ", expected)}], named [{string.Join(", ", named)}]")
{
    public IReadOnlyList<string> Expected { get; } = expected;

    public IReadOnlyList<string> Named { get; } = named;
}
