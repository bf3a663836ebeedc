using System.Globalization;
using System.Text.Json;
using Hiring.Agents.Identity;
using Hiring.Agents.Sourcing.Steps;
using Hiring.Agents.SubAgents;
using Hiring.Agents.Sourcing.Feedback;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Supervisor;
using Hiring.Reasoning.Tasks;
using Hiring.Contracts.Learning;

namespace Hiring.Agents.Sourcing;

/// <summary>
/// search: one search of the project's loop (the first one shows the calibration batch instead),
/// adding new candidates as Sourced and handing them to evaluation.
/// </summary>
public sealed class SearchStep(
    SearchPreparation preparation,
    CalibrationStep calibration,
    SourcingRunner runner,
    QueryHistory history,
    SourcingHistory sourcingHistory,
    SourcingOptions options) : StepHandler<SourcingState, SearchInput, SearchOutput>
{
    public const string AddedBy = "assistant";

    private static readonly PipelineStage[] CreditedStages =
        [PipelineStage.Contacted, PipelineStage.Replied, PipelineStage.Screening, PipelineStage.Interviewing, PipelineStage.Hired];

    public override string Action => PlanActions.Search;

    public override async Task<StepResult<SearchOutput>> RunAsync(StepContext<SourcingState> step, SearchInput input, CancellationToken cancellationToken = default)
    {
        var (projectKey, project, state) = (step.AgentKey, step.Project, step.State);
        if (state.CalibratedAt is null)
        {
            // The recruiter reacts to a calibration batch before sourcing in earnest: show it and stop the plan here.
            var batch = await calibration.RunAsync(step, new CalibrateInput(input.Request), cancellationToken);
            return batch.With(SearchOutput.Calibrated(batch.Output));
        }

        await MoveLegacyHistoryAsync(projectKey, state, cancellationToken);
        var prepared = await preparation.PrepareAsync(input.Exclude, project, state, projectKey);
        var (snapshot, spec, fresh) = (prepared.Snapshot, prepared.Spec, prepared.Plan);
        var iteration = input.Iteration ?? 1;
        if (iteration <= 1 || state.Loop == 0)
        {
            state.Loop++;
            iteration = 1;
        }

        var plan = iteration > 1 ? input.Plan ?? fresh : fresh;
        var loop = state.Iterations.Where(i => i.Loop == state.Loop).ToList();
        var requested = input.Count ?? step.Slots.Count ?? options.DefaultCount;
        var budget = Math.Max(0, options.MaxCandidates - loop.Sum(i => i.CandidateIds.Count));
        var count = Math.Clamp(requested, 0, budget);

        // Once the recruiter has reacted to the calibration batch, its unrated candidates are back in the pool.
        var waiting = snapshot.Pipeline.Where(e => e.Stage == PipelineStage.Calibration).Select(e => e.CandidateId).ToHashSet(StringComparer.Ordinal);
        var excluded = state.CalibrationAnsweredAt is null ? prepared.Excluded : prepared.Excluded.Except(waiting).ToHashSet(StringComparer.Ordinal);

        var recruiter = step.Recruiter;
        await CreditAsync(recruiter, projectKey, snapshot, state, cancellationToken);
        var past = await history.SuccessfulAsync(recruiter, TitleOf(plan, spec.NormalizedTitle), options.MaxHistoryQueries, cancellationToken);
        var context = new ReasoningContext(GrainKeys.TenantOf(projectKey), recruiter, projectKey);
        var result = await runner.SearchAsync(new SourcingRequest(GrainKeys.TenantOf(projectKey), spec, plan, excluded, count, past, context, prepared.Constraints, state.Preferences, prepared.Remembered), cancellationToken);

        var ids = count == 0 ? [] : await AddAsync(project, result.Picked, waiting);
        await sourcingHistory.RecordFoundAsync(projectKey, [.. result.Picked.Where(p => ids.Contains(p.Candidate.Id)).Select(p => (p.Candidate.Id, p.Candidate.FirstQuery))], cancellationToken);

        // Candidates the recruiter liked are in the pipeline but not yet evaluated: this search's evaluation takes them too.
        var liked = state.Feedback.Where(f => f.Liked).Select(f => f.CandidateId).ToHashSet(StringComparer.Ordinal);
        var likedWaiting = snapshot.Pipeline
            .Where(e => e.Stage == PipelineStage.Sourced && e.Score is null && liked.Contains(e.CandidateId) && !ids.Contains(e.CandidateId))
            .Select(e => e.CandidateId)
            .ToList();
        var candidates = likedWaiting.Concat(ids).ToList();
        state.Iterations.Add(new SourcingIteration(iteration, result.Query, plan, result.Queries, candidates, Loop: state.Loop, Requested: requested));
        await ArchiveEndedLoopsAsync(projectKey, state, cancellationToken);
        return Outcome(projectKey, iteration, result, ids, likedWaiting, budget, prepared, state, waiting.Count);
    }

    /// <summary>Adds new candidates as Sourced; an unrated calibration candidate found again moves from Calibration to Sourced.</summary>
    private static async Task<List<string>> AddAsync(IHiringProject project, IReadOnlyList<RankedSourcingCandidate> picked, HashSet<string> waiting)
    {
        var ids = new List<string>();
        foreach (var again in picked.Where(p => waiting.Contains(p.Candidate.Id)))
        {
            await project.Move(again.Candidate.Id, PipelineStage.Sourced, AddedBy, $"found again after your calibration feedback; {again.Why}", ActionOrigin.Agent);
            ids.Add(again.Candidate.Id);
        }

        var added = await project.AddCandidates([.. picked.Where(p => !waiting.Contains(p.Candidate.Id)).Select(p => new SourcedCandidate(p.Candidate.Id, p.Why, Math.Round(p.Score, 6)))], AddedBy);
        ids.AddRange(added.Select(e => e.CandidateId));
        return ids;
    }

    private StepResult<SearchOutput> Outcome(string projectKey, int iteration, SourcingResult result, List<string> ids, List<string> likedWaiting, int budget, PreparedSearch prepared, SourcingState state, int waiting)
    {
        var queries = string.Join(", ", result.Queries.Select(q => $"{q.Strategy} {q.Hits} hits"));
        var constraints = prepared.Constraints;
        var filtered = $"Constraints {constraints.Describe()}: {result.Filtered.Describe(constraints.Places.Describe(), constraints.Level.Asked)}.";
        var summary = budget == 0
            ? $"Search {iteration} added no one: this loop already added its budget of {options.MaxCandidates} candidates."
            : ids.Count == 0
            ? $"Search {iteration} ran {result.Queries.Count} queries ({queries}) and found no new candidates. {filtered}"
            : $"Search {iteration} ran {result.Queries.Count} queries ({queries}) and added {ids.Count} new candidates to the pipeline. {filtered}";
        if (!prepared.Remembered.IsEmpty)
        {
            summary += $" {prepared.Remembered.Summary}";
        }

        if (likedWaiting.Count > 0)
        {
            summary += string.Create(CultureInfo.InvariantCulture, $" The {likedWaiting.Count} candidates you liked go to evaluation with them.");
        }

        if (waiting > 0 && state.CalibrationAnsweredAt is null)
        {
            summary += string.Create(CultureInfo.InvariantCulture, $" {waiting} calibration candidates still wait for your reactions.");
        }

        var payload = JsonSerializer.Serialize(
            new
            {
                Iteration = iteration,
                result.Query,
                result.Queries,
                Variants = result.VariantProvenance,
                Constraints = constraints.Describe(),
                result.Filtered,
                Preferences = state.Preferences.IsEmpty ? null : state.Preferences,
                Remembered = prepared.Remembered.IsEmpty ? null : prepared.Remembered.Followed.Select(f => new { f.Memory.Id, f.Memory.Text, At = f.Memory.UpdatedAt ?? f.Memory.At, f.Skills, f.Companies }),
                Candidates = result.Picked.Where(p => ids.Contains(p.Candidate.Id)).Select(p => new { p.Candidate.Id, p.Score, p.Why }),
                Liked = likedWaiting,
            },
            StepValues.Json);
        return new StepResult<SearchOutput>(
            summary,
            new SearchOutput([.. likedWaiting.Concat(ids)], iteration, result.Query),
            payload,
            GrainKeys.IdOf(projectKey));
    }

    /// <summary>Credits the query that found each candidate who has since reached Contacted or beyond.</summary>
    private async Task CreditAsync(string recruiter, string projectKey, ProjectSnapshot snapshot, SourcingState state, CancellationToken cancellationToken)
    {
        var title = state.Iterations.Count > 0 ? TitleOf(state.Iterations[^1].Plan, "") : snapshot.Spec?.NormalizedTitle ?? "";
        var ledger = await sourcingHistory.ReadLedgerAsync(projectKey, cancellationToken);
        var outcomes = snapshot.Pipeline
            .Where(e => CreditedStages.Contains(e.Stage) && ledger.FoundBy.ContainsKey(e.CandidateId) && !ledger.Credited.Contains(e.CandidateId))
            .Select(e => new QueryOutcome(ledger.FoundBy[e.CandidateId], title, projectKey, e.CandidateId, e.Stage.ToString()))
            .ToList();
        await history.RecordAsync(recruiter, outcomes, cancellationToken);
        await sourcingHistory.RecordCreditedAsync(projectKey, outcomes.Select(o => o.Candidate), cancellationToken);
    }

    /// <summary>Moves what state kept before the history was a log into it (the state is a working copy: a failed step moves it again, and the log reads it once).</summary>
    private async Task MoveLegacyHistoryAsync(string projectKey, SourcingState state, CancellationToken cancellationToken)
    {
        if (state.LegacyFoundBy.Count == 0 && state.LegacyCredited.Count == 0)
        {
            return;
        }

        await sourcingHistory.RecordFoundAsync(projectKey, [.. state.LegacyFoundBy.Select(f => (f.Key, f.Value))], cancellationToken);
        await sourcingHistory.RecordCreditedAsync(projectKey, state.LegacyCredited, cancellationToken);
        state.LegacyFoundBy = [];
        state.LegacyCredited = [];
    }

    /// <summary>Archives the iterations of loops before the current one and keeps the current loop's in state.</summary>
    private async Task ArchiveEndedLoopsAsync(string projectKey, SourcingState state, CancellationToken cancellationToken)
    {
        var ended = state.Iterations.Where(i => i.Loop < state.Loop).ToList();
        if (ended.Count == 0)
        {
            return;
        }

        await sourcingHistory.ArchiveAsync(projectKey, ended, cancellationToken);
        state.Iterations.RemoveAll(i => i.Loop < state.Loop);
    }

    private static string TitleOf(QueryPlan plan, string fallback) => plan.CoreTitles.Count > 0 ? plan.CoreTitles[0] : fallback;
}
