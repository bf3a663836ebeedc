using Hiring.Evals.Core;
using Hiring.Evals.Suites.Autopilot;

namespace Hiring.Evals.Tests.Autopilot;

public sealed class AutopilotScoresTests
{
    [Fact]
    public void PrecisionRecallAndClearNonMatchesAreReadFromWhomTheRunAdded()
    {
        var tally = Tally();

        var result = AutopilotScores.Score(
            "a-1",
            added: ["r1", "r2", "near", "wrong"],
            shortlist: ["s1", "s2"],
            relevant: Set("r1", "r2", "r3", "s1", "s2"),
            relevantArrivals: Set("r1", "r2", "r3"),
            clearMisses: Set("wrong"),
            tally);

        var values = tally.Values();
        Assert.Equal(0.5, values[AutopilotScores.AddedPrecision], 3);
        Assert.Equal(2.0 / 3, values[AutopilotScores.NewRecall], 3);
        Assert.Equal(1, values[AutopilotScores.NonmatchAdded]);
        Assert.Equal(-0.5, values[AutopilotScores.PrecisionVsShortlist], 3);
        Assert.Equal(1, values[AutopilotScores.ShortlistPrecision], 3);
        Assert.False(result.Passed);
        Assert.Contains("clear non-matches: wrong", result.Actual, StringComparison.Ordinal);
        Assert.Contains("near misses: near", result.Actual, StringComparison.Ordinal);
    }

    [Fact]
    public void RecallIsCappedAtFiftyRelevantArrivalsAndARunThatAddsNothingHasNoPrecision()
    {
        var many = Enumerable.Range(0, 80).Select(i => $"r{i}").ToHashSet(StringComparer.Ordinal);
        var capped = Tally();
        AutopilotScores.Score("a-2", [.. many.Take(50)], [], many, many, Set(), capped);
        var empty = Tally();
        var result = AutopilotScores.Score("a-3", [], ["s1"], Set("s1"), Set(), Set(), empty);

        Assert.Equal(1, capped.Values()[AutopilotScores.NewRecall], 3);
        Assert.False(empty.Values().ContainsKey(AutopilotScores.AddedPrecision));
        Assert.False(empty.Values().ContainsKey(AutopilotScores.PrecisionVsShortlist));
        Assert.Equal(0, empty.Values()[AutopilotScores.NonmatchAdded]);
        Assert.True(result.Passed);
    }

    private static MetricTally Tally()
    {
        var tally = new MetricTally();
        AutopilotScores.Declare(tally);
        return tally;
    }

    private static HashSet<string> Set(params string[] ids) => new(ids, StringComparer.Ordinal);
}
