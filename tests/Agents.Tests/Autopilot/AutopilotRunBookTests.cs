using Hiring.Agents.Autopilot;
using Hiring.Agents.Tests.Reasoning.Support;
using Hiring.Contracts.Autopilot;

namespace Hiring.Agents.Tests.Autopilot;

public sealed class AutopilotRunBookTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 4, 1, 0, 0, TimeSpan.Zero);
    private static readonly AutopilotRules Rules = AutopilotRules.Load(TestResources.Prompts);

    [Fact]
    public void ARunInProgressIsReturnedInsteadOfStartingASecond()
    {
        var state = new AutopilotState();
        var book = Book(state, new AutopilotBudget(1000, 1000, 1m, TimeSpan.FromHours(1)));

        var first = book.Start("schedule", Start);
        var second = book.Start("acme/ana", Start.AddMinutes(1));

        Assert.Equal(first, second);
        Assert.Equal((1, "run-1"), (state.RunCount, first.Id));
    }

    [Fact]
    public void EachBudgetStopsTheRunAndSaysWhich()
    {
        Assert.Contains("profiles", Spent(new AutopilotBudget(100, 1000, 1m, TimeSpan.FromHours(1)), candidates: 100, tokens: 0, cost: 0m, minutes: 1));
        Assert.Contains("tokens", Spent(new AutopilotBudget(1000, 500, 1m, TimeSpan.FromHours(1)), candidates: 10, tokens: 600, cost: 0m, minutes: 1));
        Assert.Contains("cost", Spent(new AutopilotBudget(1000, 5000, 0.5m, TimeSpan.FromHours(1)), candidates: 10, tokens: 10, cost: 0.6m, minutes: 1));
        Assert.Contains("run time", Spent(new AutopilotBudget(1000, 5000, 1m, TimeSpan.FromMinutes(30)), candidates: 10, tokens: 10, cost: 0m, minutes: 31));
        Assert.Null(Spent(new AutopilotBudget(1000, 5000, 1m, TimeSpan.FromMinutes(30)), candidates: 10, tokens: 10, cost: 0m, minutes: 5));
    }

    [Fact]
    public void TheNextBatchNeverReadsPastTheCandidateBudget()
    {
        var state = new AutopilotState();
        var book = Book(state, new AutopilotBudget(300, 1000, 1m, TimeSpan.FromHours(1)));
        book.Start("schedule", Start);
        book.Record(Batch(scanned: 250), [], 0, 0, 0m, Start);

        Assert.Equal(50, book.NextBatchSize(250));
    }

    [Fact]
    public void AFinishedRunKeepsItsCountsAndDigestAndTheFeedPosition()
    {
        var state = new AutopilotState();
        var book = Book(state, new AutopilotBudget(1000, 1000, 1m, TimeSpan.FromHours(1)));
        book.Start("schedule", Start);
        book.Record(Batch(scanned: 200, evaluated: 180, cursor: 4711), ["c1", "c2"], 1, 0, 0m, Start.AddSeconds(3));

        var run = book.Finish(AutopilotRunStatus.Finished, null, followUpsDue: 2, approvalsWaiting: 1, r => new AutopilotDigest(Rules).Describe(r, "Backend Engineer"), Start.AddSeconds(4));

        Assert.Null(state.Current);
        Assert.Equal(run, Assert.Single(state.Runs));
        Assert.Equal(4711, state.Cursors["public"]);
        Assert.Equal((200, 180, 2, 1, 2, 1), (run.Counts.Scanned, run.Counts.Evaluated, run.Counts.Added, run.Counts.Strong, run.Counts.FollowUpsDue, run.Counts.ApprovalsWaiting));
        Assert.Equal("Backend Engineer: 2 new matches (1 strong) from 200 new or changed profiles. 2 follow-ups came due and went to outreach. 1 approval waiting for you.", run.Digest);
    }

    private static string? Spent(AutopilotBudget budget, int candidates, long tokens, decimal cost, int minutes)
    {
        var state = new AutopilotState();
        var book = Book(state, budget);
        book.Start("schedule", Start);
        book.Record(Batch(scanned: candidates), [], 0, tokens, cost, Start);
        return book.BudgetSpent(Start.AddMinutes(minutes), (key, count) => Rules.Say(key, ("count", count.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }

    private static AutopilotRunBook Book(AutopilotState state, AutopilotBudget budget) => new(state, budget, keptRuns: 5);

    private static AutopilotBatch Batch(int scanned, int evaluated = 0, long cursor = 1) =>
        new(new Dictionary<string, long> { ["public"] = cursor }, false, new AutopilotCounts(scanned, evaluated), [], []);
}
