using System.Text.Json;
using Hiring.Agents.Identity;
using Hiring.Agents.Reasoning.Tasks;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Sourcing;

/// <summary>
/// The sourcing agent's work for one project, over its state and the project grain: calibration,
/// searches, and the refine step of the feedback loop. The grain around it keeps state and idempotency.
/// </summary>
public sealed class SourcingAgent(SourcingRunner runner, QueryPlanner planner, QueryHistory history, SearchRefiner refiner, SourcingOptions options, TimeProvider clock)
{
    public const string AddedBy = "assistant";

    private static readonly PipelineStage[] CreditedStages =
        [PipelineStage.Contacted, PipelineStage.Replied, PipelineStage.Screening, PipelineStage.Interviewing, PipelineStage.Hired];

    public Task<StepOutcome> ExecuteAsync(StepCommand command, string projectKey, IHiringProject project, SourcingState state, CancellationToken cancellationToken = default) =>
        command.Action switch
        {
            PlanActions.Calibrate => CalibrateAsync(command, projectKey, project, state),
            PlanActions.Search => SearchAsync(command, projectKey, project, state, cancellationToken),
            PlanActions.RefineSearch => Task.FromResult(refiner.Refine(command, state)),
            PlanActions.SetAutopilot => throw new AssistantRefusalException(RefusalCodes.NotAvailable, "Autopilot is not available yet."),
            _ => throw new AssistantRefusalException(RefusalCodes.Invalid, $"The sourcing agent can't '{command.Action}'."),
        };

    private async Task<StepOutcome> CalibrateAsync(StepCommand command, string projectKey, IHiringProject project, SourcingState state)
    {
        var (_, spec, plan, excluded) = await PrepareAsync(command, project);
        var size = SourcingInputs.Number(command.Inputs, SourcingInputs.Count) ?? options.CalibrationSize;
        var result = runner.Calibrate(new SourcingRequest(GrainKeys.TenantOf(projectKey), spec, plan, excluded, size, [], ReasoningContext.None));
        var added = await project.AddCandidates([.. result.Picked.Select(c => new SourcedCandidate(c.Id, c.Why))], AddedBy);
        var ids = added.Select(e => e.CandidateId).ToList();
        state.CalibratedAt = clock.GetUtcNow();
        state.CalibrationIds = ids;
        var picked = result.Picked.Where(c => ids.Contains(c.Id)).ToList();
        var summary = picked.Count == 0
            ? $"I found no one for a calibration batch with {result.Query}; the spec may be too narrow for the pool."
            : $"I added a calibration batch of {picked.Count} candidates across the range ({Spread(picked)}). Tell me which look right and which don't, and I'll source in earnest.";
        var payload = JsonSerializer.Serialize(new { result.Query, result.Hits, Candidates = picked.Select(c => new { c.Id, c.Why }) }, SourcingInputs.Json);
        return new StepOutcome(
            summary,
            new Dictionary<string, string> { [SourcingInputs.Candidates] = string.Join(',', ids), [SourcingInputs.CalibrationCount] = SourcingInputs.Text(ids.Count) },
            payload,
            GrainKeys.IdOf(projectKey));
    }

    private async Task<StepOutcome> SearchAsync(StepCommand command, string projectKey, IHiringProject project, SourcingState state, CancellationToken cancellationToken)
    {
        if (state.CalibratedAt is null)
        {
            // The recruiter reacts to a calibration batch before sourcing in earnest: show it and stop the plan here.
            var calibration = await CalibrateAsync(command with { Inputs = new Dictionary<string, string>() }, projectKey, project, state);
            return calibration with { Question = "Before I source in earnest: how do these calibration candidates look? Tell me who fits and who doesn't, then ask me to search again." };
        }

        var (snapshot, spec, fresh, excluded) = await PrepareAsync(command, project);
        var iteration = SourcingInputs.Number(command.Inputs, SourcingInputs.Iteration) ?? 1;
        if (iteration <= 1 || state.Loop == 0)
        {
            state.Loop++;
            iteration = 1;
        }

        var plan = iteration > 1 ? SourcingInputs.PlanFrom(command.Inputs) ?? fresh : fresh;
        var loop = state.Iterations.Where(i => i.Loop == state.Loop).ToList();
        var requested = SourcingInputs.Number(command.Inputs, SourcingInputs.Count) ?? command.Slots.Count ?? options.DefaultCount;
        var budget = Math.Max(0, options.MaxCandidates - loop.Sum(i => i.CandidateIds.Count));
        var count = Math.Clamp(requested, 0, budget);

        var recruiter = command.Recruiter;
        await CreditAsync(recruiter, projectKey, snapshot, state, cancellationToken);
        var past = await history.SuccessfulAsync(recruiter, TitleOf(plan, spec.NormalizedTitle), options.MaxHistoryQueries, cancellationToken);
        var context = new ReasoningContext(GrainKeys.TenantOf(projectKey), recruiter, projectKey);
        var result = await runner.SearchAsync(new SourcingRequest(GrainKeys.TenantOf(projectKey), spec, plan, excluded, count, past, context), cancellationToken);

        var added = count == 0 ? [] : await project.AddCandidates([.. result.Picked.Select(p => new SourcedCandidate(p.Candidate.Id, p.Why, Math.Round(p.Score, 6)))], AddedBy);
        var ids = added.Select(e => e.CandidateId).ToList();
        foreach (var picked in result.Picked.Where(p => ids.Contains(p.Candidate.Id)))
        {
            state.FoundBy[picked.Candidate.Id] = picked.Candidate.FirstQuery;
        }

        state.Iterations.Add(new SourcingIteration(iteration, result.Query, plan, result.Queries, ids, Loop: state.Loop, Requested: requested));
        var queries = string.Join(", ", result.Queries.Select(q => $"{q.Strategy} {q.Hits} hits"));
        var summary = budget == 0
            ? $"Search {iteration} added no one: this loop already added its budget of {options.MaxCandidates} candidates."
            : ids.Count == 0
            ? $"Search {iteration} ran {result.Queries.Count} queries ({queries}) and found no new candidates."
            : $"Search {iteration} ran {result.Queries.Count} queries ({queries}) and added {ids.Count} new candidates to the pipeline.";
        var payload = JsonSerializer.Serialize(
            new
            {
                Iteration = iteration,
                result.Query,
                result.Queries,
                Variants = result.VariantProvenance,
                Candidates = result.Picked.Where(p => ids.Contains(p.Candidate.Id)).Select(p => new { p.Candidate.Id, p.Score, p.Why }),
            },
            SourcingInputs.Json);
        return new StepOutcome(
            summary,
            new Dictionary<string, string>
            {
                [SourcingInputs.Candidates] = string.Join(',', ids),
                [SourcingInputs.Iteration] = SourcingInputs.Text(iteration),
                [SourcingInputs.Query] = result.Query,
            },
            payload,
            GrainKeys.IdOf(projectKey));
    }

    private async Task<(ProjectSnapshot Snapshot, JobSpec Spec, QueryPlan Plan, IReadOnlySet<string> Excluded)> PrepareAsync(StepCommand command, IHiringProject project)
    {
        var snapshot = await project.Snapshot();
        var spec = snapshot.Spec ?? throw new AssistantRefusalException(RefusalCodes.Invalid, "This project has no job spec yet; describe the role first.");
        var approved = await project.ApprovedQualifications();
        if (approved.Count == 0 && snapshot.Qualifications.Count > 0)
        {
            throw new AssistantRefusalException(RefusalCodes.Invalid, "No qualification is approved yet; approve them and I'll source (I never search on unapproved requirements).");
        }

        var excluded = (await project.Excluded()).ToHashSet(StringComparer.Ordinal);
        return (snapshot, spec, planner.Plan(spec, approved, SourcingInputs.List(command.Inputs, SourcingInputs.Exclude)), excluded);
    }

    /// <summary>Credits the query that found each candidate who has since reached Contacted or beyond.</summary>
    private async Task CreditAsync(string recruiter, string projectKey, ProjectSnapshot snapshot, SourcingState state, CancellationToken cancellationToken)
    {
        var title = state.Iterations.Count > 0 ? TitleOf(state.Iterations[^1].Plan, "") : snapshot.Spec?.NormalizedTitle ?? "";
        var outcomes = snapshot.Pipeline
            .Where(e => CreditedStages.Contains(e.Stage) && state.FoundBy.ContainsKey(e.CandidateId) && !state.Credited.Contains(e.CandidateId))
            .Select(e => new QueryOutcome(state.FoundBy[e.CandidateId], title, projectKey, e.CandidateId, e.Stage.ToString()))
            .ToList();
        await history.RecordAsync(recruiter, outcomes, cancellationToken);
        state.Credited.UnionWith(outcomes.Select(o => o.Candidate));
    }

    private static string TitleOf(QueryPlan plan, string fallback) => plan.CoreTitles.Count > 0 ? plan.CoreTitles[0] : fallback;

    private static string Spread(List<CalibrationCandidate> picked)
    {
        var levels = SeniorityLadder.Levels.Where(l => picked.Any(c => c.Level == l));
        var core = picked.Count(c => c.CoreTitle);
        var nice = picked.Count(c => c.HasNiceToHaves);
        return $"levels {string.Join(", ", levels)}; {core} with the core title, {picked.Count - core} adjacent; {nice} with nice-to-haves";
    }
}
