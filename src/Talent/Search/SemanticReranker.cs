using Hiring.Reasoning.Embeddings;

namespace Hiring.Talent.Search;

/// <summary>
/// Reorders BM25-ranked candidates by a blend of normalized BM25 (score / best score) and cosine
/// similarity. Candidates without a vector keep their exact rank; those with one are reordered
/// among the remaining places.
/// </summary>
public static class SemanticReranker
{
    public static IReadOnlyList<RankedCandidate> Rerank(
        IReadOnlyList<RankedCandidate> byBm25,
        ReadOnlySpan<float> query,
        Func<RankedCandidate, float[]?> vectorOf,
        double semanticWeight)
    {
        if (byBm25.Count == 0)
        {
            return byBm25;
        }

        var best = byBm25.Max(c => c.Bm25);
        var slots = new List<int>();
        var movable = new List<RankedCandidate>();
        for (var i = 0; i < byBm25.Count; i++)
        {
            var candidate = byBm25[i];
            var normalized = best > 0 ? candidate.Bm25 / best : 0;
            candidate.Score = normalized;
            if (vectorOf(candidate) is { } vector)
            {
                var similarity = VectorMath.Cosine(query, vector);
                candidate.Similarity = similarity;
                candidate.Score = ((1 - semanticWeight) * normalized) + (semanticWeight * similarity);
                slots.Add(i);
                movable.Add(candidate);
            }
        }

        var reordered = byBm25.ToArray();
        var ranked = movable.OrderByDescending(c => c.Score).ToList();
        for (var i = 0; i < slots.Count; i++)
        {
            reordered[slots[i]] = ranked[i];
        }

        return reordered;
    }
}
