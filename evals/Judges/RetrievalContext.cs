using System.Globalization;
using Microsoft.Extensions.AI.Evaluation;

namespace Hiring.Evals.Judges;

/// <summary>
/// What <see cref="RetrievalJudge"/> scores: the ranked ids the product returned, the relevance of
/// each relevant id (gain; 1 for plain relevant), and the cut-offs to score at.
/// </summary>
public sealed class RetrievalContext(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, double> relevance, IReadOnlyList<int> cutoffs)
    : EvaluationContext("retrieval", string.Create(CultureInfo.InvariantCulture, $"{ranked.Count} ranked, {relevance.Count(r => r.Value > 0)} relevant, k = {string.Join(", ", cutoffs)}"))
{
    public IReadOnlyList<string> Ranked { get; } = ranked;

    public IReadOnlyDictionary<string, double> Relevance { get; } = relevance;

    public IReadOnlyList<int> Cutoffs { get; } = cutoffs;

    /// <summary>Plain (binary) relevance: every id in the set has gain 1.</summary>
    public static RetrievalContext Binary(IReadOnlyList<string> ranked, IEnumerable<string> relevant, params int[] cutoffs) =>
        new(ranked, relevant.Distinct(StringComparer.Ordinal).ToDictionary(id => id, _ => 1.0, StringComparer.Ordinal), cutoffs);
}
