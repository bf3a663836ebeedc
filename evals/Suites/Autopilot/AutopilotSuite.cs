using Hiring.Agents.Autopilot;
using Hiring.Agents.Evaluation;
using Hiring.Evals.Core;
using Hiring.Evals.Suites.Sourcing;
using Microsoft.Extensions.Options;

namespace Hiring.Evals.Suites.Autopilot;

/// <summary>
/// The autopilot on the eval pool: a quarter of the people (<see cref="ArrivalSplit"/>) arrive after
/// autopilot was turned on, the rest are the pool as it was. Per case (a sourcing spec), the
/// interactive shortlist is run over the pool as it was; then the product's batch runner reads the
/// arrivals from the change feed (<see cref="ArrivalFeed"/>) and adds whom its gate lets through.
/// Scored against the ground truth by <see cref="AutopilotScores"/>.
/// </summary>
public sealed class AutopilotSuite : IEvalSuite
{
    public string Name => "autopilot";

    public SuiteNeeds Needs => SuiteNeeds.Pool;

    public async Task<SuiteReport> RunAsync(EvalRun run, CancellationToken cancellationToken)
    {
        var bench = await SourcingBench.OpenAsync(run, cancellationToken);
        var product = bench.Product;
        var arrivals = ArrivalSplit.Arrivals(product.Pool.GroundTruth.Select(t => t.Id));
        var options = run.Product.Required<IOptions<AutopilotOptions>>();

        await using var feed = ArrivalFeed.Open();
        var runner = new AutopilotBatchRunner(
            feed.Store,
            new CandidateBatchEvaluator(feed.Store, product.Masker, product.Evaluator, run.Product.Required<IOptions<EvaluationOptions>>()),
            product.Gate,
            product.Constraints,
            run.Product.Required<AutopilotRules>(),
            options);
        // Turned on first (the feed's heads), then the arrivals come: the run reads exactly them.
        var heads = await runner.HeadsAsync(EvalContexts.Tenant, cancellationToken);
        await feed.ArriveAsync(product.Pool.Profiles, arrivals, cancellationToken);
        var pass = new AutopilotPass(runner, heads, options.Value.BatchSize);

        return await SuiteSplits.RunAsync(
            run,
            Name,
            async (evalCase, tally, ct) =>
            {
                var spec = SourcingCase.Read(evalCase.Require("spec"));
                var relevant = bench.Relevant(spec);
                var (jobSpec, approved) = (bench.Spec(spec), bench.Approved(spec));
                var shortlist = (await bench.Selection.RunAsync(jobSpec, approved, arrivals, ct)).Shortlist;
                var added = await pass.RunAsync(jobSpec, approved, shortlist, ct);
                var clearMisses = added.Where(id => bench.Relevance.IsClearMiss(spec, product.Pool.Truth[id], bench.Locations[id])).ToHashSet(StringComparer.Ordinal);
                return AutopilotScores.Score(evalCase.Id, added, shortlist, relevant, relevant.Where(arrivals.Contains).ToHashSet(StringComparer.Ordinal), clearMisses, tally);
            },
            [AutopilotScores.AddedPrecision, AutopilotScores.NewRecall],
            cancellationToken,
            declare: AutopilotScores.Declare);
    }
}
