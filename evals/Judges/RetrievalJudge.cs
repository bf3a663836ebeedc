using System.Globalization;
using Microsoft.Extensions.AI.Evaluation;

namespace Hiring.Evals.Judges;

/// <summary>
/// Retrieval metrics at each cut-off k: <c>recall@k</c> (relevant ids in the top k over all relevant
/// ids), <c>precision@k</c> (relevant ids in the top k over k) and <c>ndcg@k</c> (DCG of the top k,
/// gain / log2(rank + 1), over the DCG of the ideal order). With no relevant ids, recall and nDCG are
/// not defined and are left without a value.
/// </summary>
public sealed class RetrievalJudge : DeterministicJudge<RetrievalContext>
{
    public override string Name => "retrieval";

    public override IReadOnlyCollection<string> EvaluationMetricNames => [];

    public static string Recall(int k) => string.Create(CultureInfo.InvariantCulture, $"recall@{k}");

    public static string Precision(int k) => string.Create(CultureInfo.InvariantCulture, $"precision@{k}");

    public static string Ndcg(int k) => string.Create(CultureInfo.InvariantCulture, $"ndcg@{k}");

    public static double DiscountedGain(IEnumerable<double> gains) => gains.Select((gain, index) => gain / Math.Log2(index + 2)).Sum();

    protected override EvaluationResult Score(RetrievalContext context)
    {
        var relevant = context.Relevance.Where(r => r.Value > 0).ToDictionary(r => r.Key, r => r.Value, StringComparer.Ordinal);
        var ranked = context.Ranked.Distinct(StringComparer.Ordinal).ToList();
        var metrics = new List<EvaluationMetric>();
        foreach (var k in context.Cutoffs)
        {
            var top = ranked.Take(k).ToList();
            var hits = top.Count(relevant.ContainsKey);
            metrics.Add(new NumericMetric(Recall(k), relevant.Count == 0 ? null : (double)hits / relevant.Count));
            metrics.Add(new NumericMetric(Precision(k), k <= 0 ? null : (double)hits / k));
            var ideal = DiscountedGain(relevant.Values.OrderDescending().Take(k));
            var actual = DiscountedGain(top.Select(id => relevant.GetValueOrDefault(id)));
            metrics.Add(new NumericMetric(Ndcg(k), ideal == 0 ? null : actual / ideal));
        }

        return new EvaluationResult(metrics);
    }
}
