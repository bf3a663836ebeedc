using System.Globalization;
using System.Text.Json;
using Hiring.Agents.Sourcing.Steps;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Supervisor;
using Hiring.Agents.SubAgents;

namespace Hiring.Agents.Sourcing;

/// <summary>
/// The refine-search step: measures the evaluated iteration, logs it with its query and metrics,
/// and either stops or queues the next search and its evaluation (no approval: the recruiter
/// approved the loop when they approved the first search).
/// </summary>
public sealed class SearchRefiner(FeedbackLoop loop, SourcingOptions options) : StepHandler<SourcingState, RefineSearchInput, RefineSearchOutput>
{
    public override string Action => PlanActions.RefineSearch;

    public override Task<StepResult<RefineSearchOutput>> RunAsync(StepContext<SourcingState> step, RefineSearchInput input, CancellationToken cancellationToken = default) =>
        Task.FromResult(Refine(input, step.State));

    public StepResult<RefineSearchOutput> Refine(RefineSearchInput input, SourcingState state)
    {
        var current = state.Iterations.Where(i => i.Loop == state.Loop).ToList();
        var number = input.Iteration ?? current.LastOrDefault()?.Number ?? 0;
        var index = state.Iterations.FindLastIndex(i => i.Loop == state.Loop && i.Number == number);
        if (index < 0)
        {
            throw new AssistantRefusalException(RefusalCodes.Invalid, $"There is no search iteration {number} to refine.");
        }

        var iteration = state.Iterations[index];
        if (iteration.Decision is not null)
        {
            // A later evaluation in the same plan asks again: the decision stands, nothing is queued twice.
            return Outcome(iteration, null, shortlist: null);
        }

        var evaluated = input.Evaluated ?? 0;
        var good = Math.Min(input.Good ?? 0, Math.Max(evaluated, 0));
        var earlier = current.Where(i => i.Number < number).ToList();
        var metrics = new LoopMetrics(
            number,
            iteration.CandidateIds.Count,
            evaluated,
            good,
            earlier.Sum(i => i.Good ?? 0) + good,
            earlier.Sum(i => i.CandidateIds.Count) + iteration.CandidateIds.Count);
        var step = loop.Next(iteration.Plan, metrics);
        iteration = iteration with
        {
            Evaluated = evaluated,
            Good = good,
            Precision = Math.Round(metrics.Precision, 4),
            Liquidity = metrics.GoodSoFar,
            Decision = step.Decision,
            Reason = step.Reason,
            GoodIds = input.GoodIds ?? [],
        };
        state.Iterations[index] = iteration;
        var shortlist = step.Next is null ? Shortlist(state.Iterations.Where(i => i.Loop == state.Loop)) : null;
        return Outcome(iteration, step.Next, shortlist);
    }

    /// <summary>
    /// When the loop stops, the good matches of all its iterations go to the recruiter as one
    /// shortlist to approve (advancing candidates is the recruiter's decision).
    /// </summary>
    private PlanStep? Shortlist(IEnumerable<SourcingIteration> loopIterations)
    {
        var good = loopIterations.SelectMany(i => i.GoodIds ?? []).Distinct(StringComparer.Ordinal).Take(options.ShortlistSize).ToList();
        return good.Count == 0
            ? null
            : FollowUpStep.For(AgentKind.Evaluation, PlanActions.Shortlist, new Evaluation.Steps.ShortlistInput(good), needsApproval: true, ApprovalAction.Advance);
    }

    private StepResult<RefineSearchOutput> Outcome(SourcingIteration iteration, QueryPlan? next, PlanStep? shortlist)
    {
        var decision = iteration.Decision ?? LoopDecision.Stop;
        var verb = decision switch
        {
            LoopDecision.Tighten => "Tightening",
            LoopDecision.Broaden => "Broadening",
            _ => "Stopping",
        };
        var summary = string.Create(
            CultureInfo.InvariantCulture,
            $"Sourcing iteration {iteration.Number} ({QueryPlanWording.Describe(iteration.Plan)}): {iteration.CandidateIds.Count} sourced, {iteration.Evaluated} evaluated, {iteration.Good} good, precision {iteration.Precision:0.00}, {iteration.Liquidity} good matches so far. {verb}: {iteration.Reason}.");
        var payload = JsonSerializer.Serialize(
            new
            {
                iteration.Number,
                iteration.Query,
                Strategies = iteration.Queries,
                Sourced = iteration.CandidateIds.Count,
                iteration.Evaluated,
                iteration.Good,
                iteration.Precision,
                iteration.Liquidity,
                Decision = decision,
                iteration.Reason,
                NextQuery = next is null ? null : BooleanQueryBuilder.Build(next),
            },
            StepValues.Json);
        var output = new RefineSearchOutput(iteration.Precision ?? 0, iteration.Liquidity ?? 0, decision);
        if (next is null)
        {
            return new StepResult<RefineSearchOutput>(summary, output, payload, FollowUps: shortlist is null ? null : [shortlist]);
        }

        var count = iteration.Requested > 0 ? iteration.Requested : options.DefaultCount;
        var search = FollowUpStep.For(AgentKind.Sourcing, PlanActions.Search, new SearchInput(Count: count, Iteration: iteration.Number + 1, Plan: next));
        var evaluate = FollowUpStep.For(AgentKind.Evaluation, PlanActions.EvaluateCandidates, new Evaluation.Steps.EvaluateCandidatesInput());
        return new StepResult<RefineSearchOutput>(summary, output, payload, FollowUps: [search, evaluate]);
    }
}
