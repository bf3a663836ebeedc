namespace Hiring.Talent.Search;

/// <summary>A boolean hit on its way to the result: its document, identity, BM25 and (once reranked) blended score.</summary>
public sealed record RankedCandidate(int Doc, string Pool, string Id, double Bm25)
{
    public double Score { get; set; } = Bm25;

    public double? Similarity { get; set; }
}
