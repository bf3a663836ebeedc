using Hiring.Agents.Sourcing;
using Hiring.Talent.Search;

namespace Hiring.Agents.Tests.Sourcing;

public sealed class CandidateMergerTests
{
    private static TalentHit Hit(string id, params string[] skills) =>
        new(id, "public", id, "", "Backend Engineer", "Initech", "Berlin, DE", false, 1, 1, null, [new MatchReason("skill", skills)]);

    private static (StrategyQuery, TalentSearchResult) Run(string strategy, string query, params TalentHit[] hits) =>
        (new StrategyQuery(strategy, query, hits.Length), new TalentSearchResult(query, SearchMode.Boolean, hits.Length, hits, 0));

    [Fact]
    public void ACandidateFoundByTwoStrategiesIsOneCandidateCreditedToBoth()
    {
        var merged = CandidateMerger.Merge(
            [Run(SourcingStrategies.Boolean, "q1", Hit("a", "go"), Hit("b", "go")), Run(SourcingStrategies.AiVariant, "q2", Hit("b", "grpc"), Hit("c", "go"))],
            new HashSet<string>());

        Assert.Equal(["b", "a", "c"], merged.Select(c => c.Id));
        var b = merged[0];
        Assert.Equal([SourcingStrategies.Boolean, SourcingStrategies.AiVariant], b.Strategies);
        Assert.Equal(["skill: go", "skill: grpc"], b.Matched);
        Assert.Equal("q1", b.FirstQuery);
    }

    [Fact]
    public void ExcludedCandidatesNeverComeBack()
    {
        var merged = CandidateMerger.Merge(
            [Run(SourcingStrategies.Boolean, "q1", Hit("a"), Hit("b")), Run(SourcingStrategies.History, "q2", Hit("b"), Hit("c"))],
            new HashSet<string> { "b", "c" });

        Assert.Equal(["a"], merged.Select(c => c.Id));
    }
}
