using Hiring.Talent.Search;

namespace Hiring.Agents.Tests.Talent.Search;

public sealed class SemanticRerankerTests
{
    private static readonly float[] Query = [1, 0];

    private static readonly Dictionary<string, float[]> Vectors = new()
    {
        ["close"] = [1, 0],
        ["far"] = [0, 1],
    };

    [Fact]
    public void ACloserVectorOvertakesAHigherKeywordScore()
    {
        var ranked = Rerank(0.5, ("far", 10), ("close", 8));

        Assert.Equal(["close", "far"], ranked.Select(c => c.Id));
    }

    [Fact]
    public void ProfilesWithoutAVectorKeepTheirPlace()
    {
        var ranked = Rerank(0.5, ("no-vector", 12), ("far", 10), ("close", 8));

        Assert.Equal(["no-vector", "close", "far"], ranked.Select(c => c.Id));
    }

    [Fact]
    public void AZeroWeightKeepsTheKeywordOrder()
    {
        var ranked = Rerank(0, ("far", 10), ("close", 8));

        Assert.Equal(["far", "close"], ranked.Select(c => c.Id));
    }

    [Fact]
    public void TheBlendIsNormalizedKeywordScorePlusWeightedSimilarity()
    {
        var ranked = Rerank(0.25, ("far", 10), ("close", 5));

        Assert.Equal(0.75 * 0.5 + 0.25 * 1, ranked.Single(c => c.Id == "close").Score, 6);
        Assert.Equal(0.75 * 1 + 0.25 * 0, ranked.Single(c => c.Id == "far").Score, 6);
    }

    private static IReadOnlyList<RankedCandidate> Rerank(double weight, params (string Id, double Bm25)[] byBm25) =>
        SemanticReranker.Rerank(
            [.. byBm25.Select((c, i) => new RankedCandidate(i, "public", c.Id, c.Bm25))],
            Query,
            c => Vectors.GetValueOrDefault(c.Id),
            weight);
}
