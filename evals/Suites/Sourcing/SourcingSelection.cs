using Hiring.Agents.Evaluation;
using Hiring.Agents.Sourcing;
using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Projects;
using Hiring.Evals.Suites.Pool;
using Hiring.Talent;

namespace Hiring.Evals.Suites.Sourcing;

/// <summary>
/// The product's sourcing for one spec, calibration skipped and no feedback, through the classes the
/// agents use: the selection is the first search, ranked as the agent ranks it (every strategy, the
/// constraint filter, the rankers), read deep enough to score recall@50; the shortlist is the loop's
/// (search, evaluate, gate, tighten or broaden within the budget), as the agents run it step by step.
/// </summary>
public sealed class SourcingSelection(PoolProduct product)
{
    public const int SelectionDepth = 50;

    /// <param name="spec">The job spec.</param>
    /// <param name="approved">The approved qualifications.</param>
    /// <param name="unseen">People the pool does not hold yet (the autopilot suite's arrivals): never found.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public async Task<SelectionResult> RunAsync(JobSpec spec, IReadOnlyList<Qualification> approved, IReadOnlySet<string>? unseen, CancellationToken cancellationToken)
    {
        var options = product.Options;
        var constraints = product.Constraints.For(spec);
        var plan = product.Planner.Plan(spec, approved);
        var context = EvalContexts.Reasoning("sourcing");
        var first = await product.Runner.SearchAsync(new SourcingRequest(null, spec, plan, new HashSet<string>(unseen ?? new HashSet<string>(), StringComparer.Ordinal), SelectionDepth, [], context, constraints), cancellationToken);
        var ranked = first.Picked.Select(p => p.Candidate.Id).ToList();

        var excluded = new HashSet<string>(unseen ?? new HashSet<string>(), StringComparer.Ordinal);
        var evaluated = new List<CandidateEvaluation>();
        var good = new List<CandidateEvaluation>();
        var sourced = 0;
        for (var iteration = 1; ; iteration++)
        {
            var count = Math.Clamp(options.DefaultCount, 0, Math.Max(0, options.MaxCandidates - sourced));
            var found = await product.Runner.SearchAsync(new SourcingRequest(null, spec, plan, excluded, count, [], context, constraints), cancellationToken);
            var ids = found.Picked.Select(p => p.Candidate.Id).ToList();
            excluded.UnionWith(ids);
            sourced += ids.Count;
            var evaluations = await EvaluateAsync(ids, approved, spec, cancellationToken);
            evaluated.AddRange(evaluations);
            var passed = evaluations.Where(e => product.Gate.Check(e, approved, spec).Pass).OrderByDescending(e => e.Score).ThenBy(e => e.CandidateId, StringComparer.Ordinal).ToList();
            good.AddRange(passed);
            var step = product.Loop.Next(plan, new LoopMetrics(iteration, ids.Count, evaluations.Count, passed.Count, good.Count, sourced));
            if (step.Next is null)
            {
                return new SelectionResult(ranked, evaluated, [.. good.Select(e => e.CandidateId).Distinct(StringComparer.Ordinal).Take(options.ShortlistSize)], iteration, first.Filtered);
            }

            plan = step.Next;
        }
    }

    /// <summary>The first <paramref name="count"/> people one search brings for the spec, each evaluated.</summary>
    public async Task<IReadOnlyList<CandidateEvaluation>> SearchAndEvaluateAsync(JobSpec spec, IReadOnlyList<Qualification> approved, int count, CancellationToken cancellationToken)
    {
        var plan = product.Planner.Plan(spec, approved);
        var found = await product.Runner.SearchAsync(new SourcingRequest(null, spec, plan, new HashSet<string>(), count, [], EvalContexts.Reasoning("sourcing"), product.Constraints.For(spec)), cancellationToken);
        return await EvaluateAsync([.. found.Picked.Select(p => p.Candidate.Id)], approved, spec, cancellationToken);
    }

    /// <summary>Each candidate's profile from the pool, masked, then evaluated against the approved qualifications and the spec's constraints.</summary>
    public async Task<IReadOnlyList<CandidateEvaluation>> EvaluateAsync(IReadOnlyList<string> ids, IReadOnlyList<Qualification> approved, JobSpec? spec, CancellationToken cancellationToken)
    {
        var evaluations = new List<CandidateEvaluation>(ids.Count);
        foreach (var id in ids)
        {
            if (await product.Pool.Profiles.GetAsync(TalentPoolScope.Public, id, cancellationToken) is { } profile)
            {
                evaluations.Add(await product.Evaluator.RunAsync(new EvaluationRequest(product.Masker.Mask(profile), approved, spec), EvalContexts.Reasoning("sourcing"), cancellationToken));
            }
        }

        return evaluations;
    }
}
