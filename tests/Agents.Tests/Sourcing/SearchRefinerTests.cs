using System.Text.Json;
using Hiring.Agents.Evaluation.Steps;
using Hiring.Agents.Sourcing;
using Hiring.Agents.Sourcing.Steps;
using Hiring.Agents.SubAgents;
using Hiring.Contracts.Planning;
using Hiring.Talent.Search;

namespace Hiring.Agents.Tests.Sourcing;

public sealed class SearchRefinerTests
{
    private static readonly QueryPlan Plan = new QueryPlanner(TalentTaxonomy.LoadDefault(), Specs.Places).Plan(Specs.Backend(locations: "Berlin"), Specs.GoAndKubernetes());
    private readonly SearchRefiner _refiner = new(new FeedbackLoop(new SourcingOptions()), new SourcingOptions());

    private static SourcingState StateWith(params SourcingIteration[] iterations) => new() { Loop = 1, Iterations = [.. iterations], CalibratedAt = DateTimeOffset.UnixEpoch };

    private static SourcingIteration Iteration(int number, int sourced, int? good = null) =>
        new(number, BooleanQueryBuilder.Build(Plan), Plan, [new StrategyQuery(SourcingStrategies.Boolean, BooleanQueryBuilder.Build(Plan), 120)], [.. Enumerable.Range(0, sourced).Select(i => $"c{number}-{i}")], Good: good, Loop: 1, Requested: 25, Decision: good is null ? null : LoopDecision.Broaden);

    private static RefineSearchInput Refine(int iteration, int evaluated, int good) => new(iteration, evaluated, good);

    [Fact]
    public void ContinuingQueuesTheNextSearchAndItsEvaluationWithoutApproval()
    {
        var outcome = _refiner.Refine(Refine(1, evaluated: 20, good: 6), StateWith(Iteration(1, 25)));

        Assert.NotNull(outcome.FollowUps);
        Assert.Collection(
            outcome.FollowUps,
            search =>
            {
                Assert.Equal((AgentKind.Sourcing, PlanActions.Search, false), (search.Agent, search.Action, search.NeedsApproval));
                var next = StepValues.Bind<SearchInput>(search.Inputs);
                Assert.Equal((2, 25), (next.Iteration, next.Count));
                Assert.Equal(["docker"], next.Plan!.RequiredNiceToHaves);
            },
            evaluate => Assert.Equal((AgentKind.Evaluation, PlanActions.EvaluateCandidates, false), (evaluate.Agent, evaluate.Action, evaluate.NeedsApproval)));
    }

    [Fact]
    public void TheIterationIsLoggedInStateAndShownInWordsWithItsMetricsWhileItsQueryStaysInTheDetails()
    {
        var state = StateWith(Iteration(1, 25));

        var outcome = _refiner.Refine(Refine(1, evaluated: 20, good: 6), state);

        var logged = state.Iterations.Single();
        Assert.Equal((20, 6, 0.3, 6, LoopDecision.Tighten), (logged.Evaluated, logged.Good, logged.Precision, logged.Liquidity, logged.Decision));
        Assert.Contains("precision 0.30", outcome.Summary, StringComparison.Ordinal);
        // The recruiter reads what is searched for; the boolean query is for the operator, in the step's details.
        Assert.Contains($"({QueryPlanWording.Describe(Plan)})", outcome.Summary, StringComparison.Ordinal);
        Assert.Contains("in Berlin", outcome.Summary, StringComparison.Ordinal);
        Assert.Contains("with go and kubernetes", outcome.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain(logged.Query, outcome.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("skill:", outcome.Summary, StringComparison.Ordinal);
        using var payload = JsonDocument.Parse(outcome.Payload!);
        Assert.Equal(logged.Query, payload.RootElement.GetProperty("query").GetString());
        Assert.Equal("tighten", payload.RootElement.GetProperty("decision").GetString());
        Assert.Equal(0.3, payload.RootElement.GetProperty("precision").GetDouble());
        Assert.Equal(120, payload.RootElement.GetProperty("strategies")[0].GetProperty("hits").GetInt64());
        Assert.Contains("skill:\"docker\"", payload.RootElement.GetProperty("nextQuery").GetString(), StringComparison.Ordinal);
        Assert.Equal(LoopDecision.Tighten, outcome.Output.Decision);
    }

    [Fact]
    public void LiquidityCountsTheGoodMatchesOfEarlierIterations()
    {
        var state = StateWith(Iteration(1, 25, good: 7), Iteration(2, 25));

        var outcome = _refiner.Refine(Refine(2, evaluated: 10, good: 6), state);

        Assert.Equal(13, outcome.Output.Liquidity);
        Assert.Equal(LoopDecision.Stop, state.Iterations[1].Decision);
        Assert.Null(outcome.FollowUps);
        Assert.Empty(state.Iterations[1].GoodIds!);
    }

    [Fact]
    public void WhenTheLoopStopsTheGoodMatchesOfEveryIterationAreProposedAsOneShortlistToApprove()
    {
        var first = Iteration(1, 25, good: 2) with { GoodIds = ["c1-0", "c1-3"] };
        var state = StateWith(first, Iteration(2, 25));
        var input = Refine(2, evaluated: 10, good: 9) with { GoodIds = ["c2-1", "c2-4", "c1-3"] };

        var outcome = _refiner.Refine(input, state);

        var shortlist = Assert.Single(outcome.FollowUps!);
        Assert.Equal((AgentKind.Evaluation, PlanActions.Shortlist, true, ApprovalAction.Advance), (shortlist.Agent, shortlist.Action, shortlist.NeedsApproval, shortlist.Approval));
        Assert.Equal(["c1-0", "c1-3", "c2-1", "c2-4"], StepValues.Bind<ShortlistInput>(shortlist.Inputs).Candidates!);
    }

    [Fact]
    public void RefiningAnIterationTwiceQueuesNothingTheSecondTime()
    {
        var state = StateWith(Iteration(1, 25));
        _refiner.Refine(Refine(1, evaluated: 20, good: 6), state);

        var again = _refiner.Refine(Refine(1, evaluated: 20, good: 1), state);

        Assert.Null(again.FollowUps);
        Assert.Equal(6, state.Iterations.Single().Good);
    }

    [Fact]
    public void RefiningAnUnknownIterationIsRefusedClearly()
    {
        var refusal = Assert.Throws<Contracts.Supervisor.AssistantRefusalException>(() => _refiner.Refine(Refine(4, 1, 1), StateWith(Iteration(1, 25))));

        Assert.Equal("There is no search iteration 4 to refine.", refusal.Message);
    }
}
