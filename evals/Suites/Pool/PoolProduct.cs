using Hiring.Agents.Evaluation;
using Hiring.Agents.Sourcing;
using Hiring.Agents.Sourcing.Constraints;
using Hiring.Agents.Sourcing.Variants;
using Hiring.Contracts.Evaluation;
using Hiring.Evals.Core;
using Hiring.Evals.Pool;
using Hiring.Reasoning.Policy;
using Hiring.Reasoning.Tasks;
using Hiring.Talent.Insights;
using Hiring.Talent.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Hiring.Evals.Suites.Pool;

/// <summary>
/// The product's sourcing and evaluation classes over the eval pool, as the agents use them: the
/// runner (every strategy, the constraint filter, the rankers) over the pool's index, the query
/// planner, the spec's constraints, the masker, the evaluation task, the shortlist gate and the
/// feedback loop. The built-in evaluator's "today" is the pool's, so current roles end where the
/// ground truth's do; with the LLM engine the product's task answers (with its fallback).
/// </summary>
public sealed class PoolProduct
{
    private PoolProduct(EvalPool pool, SourcingRunner runner, QueryPlanner planner, CandidateConstraints constraints, IProfileMasker masker, IReasoningTask<EvaluationRequest, CandidateEvaluation> evaluator, ShortlistGate gate, SourcingOptions options, TalentTaxonomy taxonomy)
    {
        Pool = pool;
        Runner = runner;
        Planner = planner;
        Constraints = constraints;
        Masker = masker;
        Evaluator = evaluator;
        Gate = gate;
        Options = options;
        Taxonomy = taxonomy;
    }

    public EvalPool Pool { get; }

    public SourcingRunner Runner { get; }

    public QueryPlanner Planner { get; }

    public CandidateConstraints Constraints { get; }

    public IProfileMasker Masker { get; }

    public IReasoningTask<EvaluationRequest, CandidateEvaluation> Evaluator { get; }

    public ShortlistGate Gate { get; }

    public SourcingOptions Options { get; }

    public TalentTaxonomy Taxonomy { get; }

    public FeedbackLoop Loop => new(Options);

    public static async Task<PoolProduct> OpenAsync(EvalRun run, CancellationToken cancellationToken)
    {
        var pool = await run.PoolAsync(cancellationToken);
        var product = run.Product;
        var talent = pool.Services;
        var options = product.Required<SourcingOptions>();
        var clock = new PoolClock(pool.Options.AsOf);
        var taxonomy = talent.GetRequiredService<TalentTaxonomy>();
        var runner = new SourcingRunner(
            talent.GetRequiredService<TalentSearch>(),
            taxonomy,
            new PoolProfiles(talent.GetRequiredService<LuceneTalentIndex>()),
            new SignalReader(talent.GetRequiredService<TalentInsightsService>(), clock, options),
            new InsightRanker(options),
            new PreferenceRanker(taxonomy, talent.GetRequiredService<ProfileVectorStore>(), options),
            product.Required<IReasoningTask<SourcingQueryRequest, SourcingQueryVariants>>(),
            options);
        var evaluator = run.Options.Engine == EvalEngine.BuiltIn
            ? new BuiltInEvaluator(product.Required<TalentTaxonomy>(), product.Required<EvaluationRules>(), product.Required<SimilarityAssessment>(), product.Required<ConstraintChecks>(), clock)
            : product.Required<IReasoningTask<EvaluationRequest, CandidateEvaluation>>();
        return new PoolProduct(pool, runner, product.Required<QueryPlanner>(), product.Required<CandidateConstraints>(), product.Required<IProfileMasker>(), evaluator, product.Required<ShortlistGate>(), options, taxonomy);
    }

    /// <summary>The pool's "today", so dated roles are counted to the month the ground truth was.</summary>
    private sealed class PoolClock(DateOnly asOf) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(asOf.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
    }
}
