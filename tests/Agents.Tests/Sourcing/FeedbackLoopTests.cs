using Hiring.Agents.Sourcing;
using Hiring.Agents.Sourcing.Constraints;
using Hiring.Talent.Search;

namespace Hiring.Agents.Tests.Sourcing;

public sealed class FeedbackLoopTests
{
    private static readonly QueryPlan Plan = new QueryPlanner(TalentTaxonomy.LoadDefault(), Specs.Places).Plan(Specs.Backend(locations: "Berlin"), Specs.GoAndKubernetes());
    private readonly FeedbackLoop _loop = new(new SourcingOptions());

    private static LoopMetrics Metrics(int evaluated, int good, int goodSoFar = -1, int iteration = 1, int sourcedSoFar = 25) =>
        new(iteration, 25, evaluated, good, goodSoFar < 0 ? good : goodSoFar, sourcedSoFar);

    [Fact]
    public void LowPrecisionTightensByRequiringANiceToHaveFirst()
    {
        var step = _loop.Next(Plan, Metrics(evaluated: 20, good: 6));

        Assert.Equal(LoopDecision.Tighten, step.Decision);
        Assert.Equal(["docker"], step.Next!.RequiredNiceToHaves);
        Assert.Contains("precision 0.30 is below 0.50", step.Reason, StringComparison.Ordinal);
        Assert.Contains("skill:\"docker\"", BooleanQueryBuilder.Build(step.Next), StringComparison.Ordinal);
    }

    [Fact]
    public void LowPrecisionWithEveryNiceToHaveRequiredNarrowsFamilyTitlesToTheCore()
    {
        var plan = Plan with { RequiredNiceToHaves = ["docker"], Titles = TitleScope.Family };

        var step = _loop.Next(plan, Metrics(evaluated: 20, good: 4));

        Assert.Equal(LoopDecision.Tighten, step.Decision);
        Assert.Equal(TitleScope.Core, step.Next!.Titles);
    }

    [Fact]
    public void LowPrecisionWithCoreTitlesRequiresTheSpecLocation()
    {
        var plan = Plan with { RequiredNiceToHaves = ["docker"], Where = LocationScope.Anywhere };

        var step = _loop.Next(plan, Metrics(evaluated: 20, good: 4));

        Assert.Equal(LocationScope.Exact, step.Next!.Where);
        Assert.Contains("requiring the location berlin", step.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void FewGoodMatchesBroadenByDroppingARequiredNiceToHaveFirst()
    {
        var plan = Plan with { RequiredNiceToHaves = ["docker"] };

        var step = _loop.Next(plan, Metrics(evaluated: 10, good: 8));

        Assert.Equal(LoopDecision.Broaden, step.Decision);
        Assert.Empty(step.Next!.RequiredNiceToHaves);
        Assert.Contains("8 good matches so far is below 10", step.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void FewGoodMatchesThenWidenTitlesToTheFamily()
    {
        var step = _loop.Next(Plan, Metrics(evaluated: 10, good: 8));

        Assert.Equal(LoopDecision.Broaden, step.Decision);
        Assert.Equal(TitleScope.Family, step.Next!.Titles);
        Assert.Contains("title:\"full stack engineer\"", BooleanQueryBuilder.Build(step.Next), StringComparison.Ordinal);
    }

    [Fact]
    public void FewGoodMatchesWithFamilyTitlesNeverWidenThePlaceTheLoopStopsInstead()
    {
        var step = _loop.Next(Plan with { Titles = TitleScope.Family }, Metrics(evaluated: 10, good: 8));

        Assert.Equal(LoopDecision.Stop, step.Decision);
        Assert.Null(step.Next);
        Assert.Contains("cannot get broader", step.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void MetTargetsStopTheLoop()
    {
        var step = _loop.Next(Plan, Metrics(evaluated: 20, good: 12));

        Assert.Equal(LoopDecision.Stop, step.Decision);
        Assert.Null(step.Next);
        Assert.StartsWith("targets met", step.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void TheIterationBudgetStopsTheLoopWhateverTheMetrics()
    {
        var step = _loop.Next(Plan, Metrics(evaluated: 20, good: 2, iteration: 3));

        Assert.Equal(LoopDecision.Stop, step.Decision);
        Assert.Equal("budget spent: 3 of 3 iterations", step.Reason);
    }

    [Fact]
    public void TheCandidateBudgetStopsTheLoop()
    {
        var step = _loop.Next(Plan, Metrics(evaluated: 20, good: 2, sourcedSoFar: 100));

        Assert.Equal(LoopDecision.Stop, step.Decision);
        Assert.Equal("budget spent: 100 of 100 candidates", step.Reason);
    }

    [Fact]
    public void AQueryThatCannotGetTighterStops()
    {
        var plan = Plan with { RequiredNiceToHaves = ["docker"], Where = LocationScope.Exact };

        var step = _loop.Next(plan, Metrics(evaluated: 20, good: 2));

        Assert.Equal(LoopDecision.Stop, step.Decision);
        Assert.Contains("cannot get tighter", step.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void TargetsComeFromTheOptions()
    {
        var loop = new FeedbackLoop(new SourcingOptions { PrecisionTarget = 0.2, LiquidityTarget = 5 });

        Assert.Equal(LoopDecision.Stop, loop.Next(Plan, Metrics(evaluated: 20, good: 6)).Decision);
    }
}
