using Hiring.Evals.Judges;

namespace Hiring.Evals.Tests.Judges;

public sealed class RetrievalJudgeTests
{
    [Fact]
    public void RecallPrecisionAndNdcgMatchValuesComputedByHand()
    {
        // Relevant: a, c, f. Ranked: a b c d e. In the top 5: a (rank 1) and c (rank 3).
        // DCG@5 = 1/log2(2) + 1/log2(4) = 1.5; ideal DCG@5 = 1 + 1/log2(3) + 1/log2(4) = 2.1309298;
        // nDCG@5 = 0.7039180. In the top 2: a only, DCG@2 = 1, ideal DCG@2 = 1.6309298, nDCG@2 = 0.6131472.
        var result = new RetrievalJudge().Evaluate(RetrievalContext.Binary(["a", "b", "c", "d", "e"], ["a", "c", "f"], 2, 5));

        Assert.Equal(2.0 / 3, JudgeScores.Number(result, "recall@5")!.Value, 9);
        Assert.Equal(0.4, JudgeScores.Number(result, "precision@5")!.Value, 9);
        Assert.Equal(0.7039180, JudgeScores.Number(result, "ndcg@5")!.Value, 6);
        Assert.Equal(1.0 / 3, JudgeScores.Number(result, "recall@2")!.Value, 9);
        Assert.Equal(0.5, JudgeScores.Number(result, "precision@2")!.Value, 9);
        Assert.Equal(0.6131472, JudgeScores.Number(result, "ndcg@2")!.Value, 6);
    }

    [Fact]
    public void GradedRelevanceRewardsTheBestFirst()
    {
        var relevance = new Dictionary<string, double> { ["x"] = 3, ["y"] = 1 };

        var best = new RetrievalJudge().Evaluate(new RetrievalContext(["x", "y"], relevance, [2]));
        var swapped = new RetrievalJudge().Evaluate(new RetrievalContext(["y", "x"], relevance, [2]));

        Assert.Equal(1.0, JudgeScores.Number(best, "ndcg@2")!.Value, 9);
        // (1 + 3/log2 3) / (3 + 1/log2 3) = 2.8927893 / 3.6309298 = 0.7967076
        Assert.Equal(0.7967076, JudgeScores.Number(swapped, "ndcg@2")!.Value, 6);
    }

    [Fact]
    public void WithNothingRelevantRecallAndNdcgHaveNoValue()
    {
        var result = new RetrievalJudge().Evaluate(RetrievalContext.Binary(["a"], [], 10));

        Assert.Null(JudgeScores.Number(result, "recall@10"));
        Assert.Null(JudgeScores.Number(result, "ndcg@10"));
        Assert.Equal(0, JudgeScores.Number(result, "precision@10"));
    }
}
