using Microsoft.Extensions.AI.Evaluation;

namespace Hiring.Evals.Judges;

/// <summary>What <see cref="VerdictAgreementJudge"/> compares.</summary>
public sealed class VerdictContext(IReadOnlyList<VerdictPair> verdicts)
    : EvaluationContext("verdicts", string.Join("; ", verdicts.Select(v => $"{v.Requirement}: {v.Expected} vs {v.Actual}")))
{
    public IReadOnlyList<VerdictPair> Verdicts { get; } = verdicts;
}
