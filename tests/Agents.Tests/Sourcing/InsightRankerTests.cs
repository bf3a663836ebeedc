using Hiring.Agents.Sourcing;

namespace Hiring.Agents.Tests.Sourcing;

public sealed class InsightRankerTests
{
    private readonly InsightRanker _ranker = new(new SourcingOptions());

    private static FoundCandidate Found(string id, double score, bool openToWork = false) =>
        new(id, "public", "Backend Engineer", "Initech", openToWork, score, [SourcingStrategies.Boolean], ["skill: go, kubernetes"], "q");

    private static IReadOnlyList<string> Order(IReadOnlyList<RankedSourcingCandidate> ranked) => [.. ranked.Select(r => r.Candidate.Id)];

    [Fact]
    public void OpenToWorkMovesACandidateUpAndSaysSo()
    {
        var ranked = _ranker.Rank([Found("a", 0.020), Found("b", 0.018)], new Dictionary<string, CandidateSignals> { ["b"] = new(OpenToWork: true) });

        Assert.Equal(["b", "a"], Order(ranked));
        Assert.Contains("open to work (ranked up)", ranked[0].Why, StringComparison.Ordinal);
        Assert.DoesNotContain("open to work", ranked[1].Why, StringComparison.Ordinal);
    }

    [Fact]
    public void ALayoffSignalAtTheirCompanyMovesACandidateUpAndSaysWhichAndWhen()
    {
        var ranked = _ranker.Rank(
            [Found("a", 0.020), Found("b", 0.018)],
            new Dictionary<string, CandidateSignals> { ["b"] = new(false, "Initech", new DateOnly(2026, 9, 1), 7) });

        Assert.Equal(["b", "a"], Order(ranked));
        Assert.Contains("Initech shows a layoff signal (7 departures in 2026-09) (ranked up)", ranked[0].Why, StringComparison.Ordinal);
    }

    [Fact]
    public void ARecentHireMovesDownAndSaysHowLongTheyHaveBeenInTheRole()
    {
        var ranked = _ranker.Rank([Found("a", 0.020), Found("b", 0.018)], new Dictionary<string, CandidateSignals> { ["a"] = new(false, DaysInRole: 30) });

        Assert.Equal(["b", "a"], Order(ranked));
        Assert.Contains("recently hired: 30 days in the current role (ranked down)", ranked[1].Why, StringComparison.Ordinal);
    }

    [Fact]
    public void NinetyDaysInTheRoleIsNoLongerRecent()
    {
        var ranked = _ranker.Rank([Found("a", 0.020), Found("b", 0.018)], new Dictionary<string, CandidateSignals> { ["a"] = new(false, DaysInRole: 90) });

        Assert.Equal(["a", "b"], Order(ranked));
        Assert.DoesNotContain("recently hired", ranked[0].Why, StringComparison.Ordinal);
    }

    [Fact]
    public void TheWhyNamesTheStrategiesAndTheMatchedTerms()
    {
        var ranked = _ranker.Rank([Found("a", 0.02) with { Strategies = [SourcingStrategies.Boolean, SourcingStrategies.AiVariant] }], new Dictionary<string, CandidateSignals>());

        Assert.Equal("found by boolean, ai-variant; matched skill: go, kubernetes", ranked[0].Why);
    }

    [Fact]
    public void WithoutReadSignalsTheSearchHitsOpenToWorkStillCounts()
    {
        var ranked = _ranker.Rank([Found("a", 0.020), Found("b", 0.018, openToWork: true)], new Dictionary<string, CandidateSignals>());

        Assert.Equal(["b", "a"], Order(ranked));
    }
}
