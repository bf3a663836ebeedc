namespace Hiring.Agents.Talent.Search;

/// <summary>Ranking settings.</summary>
public sealed class TalentSearchOptions
{
    /// <summary>How many boolean hits the semantic rerank reorders.</summary>
    public int RerankDepth { get; set; } = 200;

    /// <summary>Weight of cosine similarity in the blend (0: BM25 only, 1: similarity only).</summary>
    public double SemanticWeight { get; set; } = 0.5;

    /// <summary>Most hits one search returns.</summary>
    public int MaxTop { get; set; } = 1000;
}
