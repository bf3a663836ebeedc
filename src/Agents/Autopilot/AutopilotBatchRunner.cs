using Hiring.Agents.Evaluation;
using Hiring.Agents.Sourcing.Constraints;
using Hiring.Contracts.Autopilot;
using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Talent;
using Hiring.Reasoning.Tasks;
using Hiring.Talent;
using Microsoft.Extensions.Options;

namespace Hiring.Agents.Autopilot;

/// <summary>
/// One batch of a run: the next profiles of the change feed (the tenant's own pool first, then the
/// public pool), each evaluated against the approved qualifications and the spec's constraints. A
/// good match (the shortlist's own gate: every must-have and constraint met, recommended) is added
/// as Sourced with the reason; a candidate already in the pipeline whose profile changed is evaluated
/// again; everyone else is left alone and nothing about them is kept. A new profile that misses a
/// constraint of the spec (place, level, role) is never evaluated: the gate would refuse it whatever
/// the evaluation said, and with a model each evaluation costs tokens from the run's budget.
/// </summary>
public sealed class AutopilotBatchRunner(
    IProfileStore store,
    CandidateBatchEvaluator evaluator,
    ShortlistGate gate,
    CandidateConstraints constraints,
    AutopilotRules rules,
    IOptions<AutopilotOptions> options)
{
    private static readonly HashSet<PipelineStage> Settled = [PipelineStage.Archived, PipelineStage.Hired, PipelineStage.Calibration];

    /// <summary>The pools a tenant's runs read, in order.</summary>
    public static IReadOnlyList<TalentPoolScope> Pools(string tenant) => [TalentPoolScope.Private(tenant), TalentPoolScope.Public];

    /// <summary>Where each pool's feed stands now: a run turned on now reads only what arrives after this.</summary>
    public async Task<Dictionary<string, long>> HeadsAsync(string tenant, CancellationToken cancellationToken)
    {
        var heads = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var pool in Pools(tenant))
        {
            heads[pool.ToString()] = await store.LastChangeAsync(pool, cancellationToken);
        }

        return heads;
    }

    public async Task<AutopilotBatch> RunAsync(AutopilotWork work, CancellationToken cancellationToken)
    {
        var cursors = new Dictionary<string, long>(work.Cursors, StringComparer.Ordinal);
        foreach (var pool in Pools(work.Tenant))
        {
            var key = pool.ToString();
            var changes = await store.ChangesAsync(pool, cursors.GetValueOrDefault(key), Math.Max(1, work.MaxProfiles), cancellationToken);
            if (changes.Count == 0)
            {
                continue;
            }

            cursors[key] = changes[^1].Change;
            return await EvaluateAsync(work, cursors, [.. changes.Select(c => c.Profile)], cancellationToken);
        }

        return new AutopilotBatch(cursors, Exhausted: true, new AutopilotCounts(), [], []);
    }

    /// <summary>
    /// A pipeline candidate is evaluated again when their profile changed after they last moved (an
    /// applicant, added as their profile was stored, is not): never one archived, hired or waiting in
    /// a calibration batch.
    /// </summary>
    private static bool ChangedSinceLastLook(PipelineEntry entry, CandidateProfile profile) =>
        !Settled.Contains(entry.Stage) && (entry.Moves.Count == 0 || profile.UpdatedAt > entry.Moves[^1].At);

    private async Task<AutopilotBatch> EvaluateAsync(AutopilotWork work, Dictionary<string, long> cursors, List<CandidateProfile> read, CancellationToken cancellationToken)
    {
        var pipeline = work.Project.Pipeline.ToDictionary(e => e.CandidateId, StringComparer.Ordinal);
        var filters = work.Project.Spec is { } spec ? constraints.For(spec) : null;
        var wanted = read
            .Where(p => pipeline.TryGetValue(p.Id, out var entry)
                ? ChangedSinceLastLook(entry, p)
                : !work.Excluded.Contains(p.Id) && (filters is null || filters.Check(p).All(c => c.Met)))
            .ToList();
        var context = new ReasoningContext(work.Tenant, work.Project.Owner, work.ProjectKey);
        var evaluations = wanted.Count == 0
            ? []
            : await evaluator.EvaluateProfilesAsync(wanted, work.Approved, context, work.Project.Spec, options.Value.Parallelism, cancellationToken);

        var recorded = new List<CandidateEvaluation>();
        var matches = new List<SourcedCandidate>();
        int strong = 0, updated = 0;
        foreach (var evaluation in evaluations)
        {
            if (pipeline.ContainsKey(evaluation.CandidateId))
            {
                recorded.Add(evaluation);
                updated++;
                continue;
            }

            if (!EvaluationScorer.IsGood(evaluation.Recommendation) || !gate.Check(evaluation, work.Approved, work.Project.Spec).Pass)
            {
                continue;
            }

            recorded.Add(evaluation);
            strong += evaluation.Recommendation == Recommendation.StrongMatch ? 1 : 0;
            var why = rules.Say("why", ("run", work.RunId), ("evidence", EvidenceBrief.MustHaves(evaluation, work.Approved)));
            matches.Add(new SourcedCandidate(evaluation.CandidateId, why, evaluation.Score));
        }

        var counts = new AutopilotCounts(Scanned: read.Count, Evaluated: evaluations.Count, Added: matches.Count, Strong: strong, Updated: updated);
        return new AutopilotBatch(cursors, Exhausted: false, counts, recorded, matches);
    }
}
