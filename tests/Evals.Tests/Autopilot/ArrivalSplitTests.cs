using Hiring.Evals.Suites.Autopilot;

namespace Hiring.Evals.Tests.Autopilot;

public sealed class ArrivalSplitTests
{
    [Fact]
    public void AboutAQuarterOfThePoolArrivesAndTheSameIdsArriveOnEveryRun()
    {
        var ids = Enumerable.Range(0, 4_000).Select(i => $"syn-11-{i:D5}").ToList();

        var first = ArrivalSplit.Arrivals(ids);
        var again = ArrivalSplit.Arrivals(ids.AsEnumerable().Reverse());

        Assert.InRange(first.Count, 900, 1_100);
        Assert.True(first.SetEquals(again));
    }

    [Fact]
    public void WhetherSomeoneArrivedDependsOnTheirIdAlone()
    {
        var arrived = Enumerable.Range(0, 200).Select(i => $"p{i}").First(ArrivalSplit.IsArrival);

        Assert.True(ArrivalSplit.IsArrival(arrived));
        Assert.Contains(arrived, ArrivalSplit.Arrivals(["someone-else", arrived]));
    }
}
