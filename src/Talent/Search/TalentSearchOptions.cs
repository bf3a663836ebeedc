namespace Hiring.Talent.Search;

/// <summary>Ranking settings.</summary>
public sealed class TalentSearchOptions
{
    /// <summary>How many boolean hits the semantic rerank reorders.</summary>
    public int RerankDepth { get; set; } = 200;

    /// <summary>Weight of cosine similarity in the blend (0: BM25 only, 1: similarity only).</summary>
    /// <remarks>BM25 is normalized by the best hit, so keyword-stuffed profiles take most of its range; meaning needs the larger share to correct them.</remarks>
    public double SemanticWeight { get; set; } = 0.7;

    /// <summary>Most hits one search returns.</summary>
    public int MaxTop { get; set; } = 1000;
}
