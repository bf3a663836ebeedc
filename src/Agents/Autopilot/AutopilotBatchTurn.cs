using Hiring.Contracts.Autopilot;
using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Projects;
using Hiring.Reasoning.Usage;
using Microsoft.Extensions.Options;

namespace Hiring.Agents.Autopilot;

/// <summary>How a run ends: its status and the reason said in the digest.</summary>
public readonly record struct AutopilotEnd(AutopilotRunStatus Status, string? Reason);

/// <summary>
/// One batch of a run, as plain code the grain calls: the budget is checked, the batch is read and
/// evaluated in one of the silo's slots, applied to the project under its batch key (so a replay after
/// a crash records no one twice) and folded into the run's book. The caller checkpoints the state.
/// </summary>
public sealed class AutopilotBatchTurn(
    AutopilotBatchRunner runner,
    AutopilotSlots slots,
    AutopilotRules rules,
    IUsageLedger usage,
    IOptions<AutopilotOptions> options,
    TimeProvider time)
{
    private const string By = "autopilot";

    /// <summary>The book of a project's runs, with this silo's budget.</summary>
    public AutopilotRunBook Book(AutopilotState state) => new(state, options.Value.Budget, options.Value.KeptRuns);

    /// <summary>Takes the next batch of the run in progress; null when it was recorded, or how the run ends.</summary>
    public async Task<AutopilotEnd?> TakeAsync(AutopilotState state, string projectKey, IHiringProject project, CancellationToken cancellationToken)
    {
        var book = Book(state);
        if (book.BudgetSpent(time.GetUtcNow(), SayBudget) is { } spent)
        {
            return new AutopilotEnd(AutopilotRunStatus.BudgetReached, spent);
        }

        var approved = await project.ApprovedQualifications();
        if (approved.Count == 0)
        {
            return new AutopilotEnd(AutopilotRunStatus.Failed, rules.Say("blocked_no_qualifications"));
        }

        var run = state.Current ?? throw new InvalidOperationException("No run is in progress.");
        var before = usage.ForProject(projectKey);
        AutopilotBatch batch;
        IReadOnlyList<PipelineEntry> added = [];
        using (await slots.EnterAsync(cancellationToken))
        {
            var snapshot = await project.Snapshot();
            var excluded = (await project.Excluded()).ToHashSet(StringComparer.Ordinal);
            var tenant = Identity.GrainKeys.TenantOf(projectKey);
            var work = new AutopilotWork(tenant, projectKey, snapshot, approved, excluded, state.Cursors, run.Id, book.NextBatchSize(options.Value.BatchSize));
            batch = await runner.RunAsync(work, cancellationToken);
            if (!batch.Exhausted)
            {
                added = await project.ApplyBatch($"{run.Id}/{run.Batches + 1}", batch.Evaluations, batch.Matches, By);
            }
        }

        if (batch.Exhausted)
        {
            return new AutopilotEnd(AutopilotRunStatus.Finished, null);
        }

        var strong = await StrongAsync(project, batch.Evaluations, added);
        var after = usage.ForProject(projectKey);
        var tokens = after.InputTokens + after.OutputTokens - before.InputTokens - before.OutputTokens;
        book.Record(batch, [.. added.Select(e => e.CandidateId)], strong, tokens, after.EstimatedCost - before.EstimatedCost, time.GetUtcNow());
        return null;
    }

    /// <summary>
    /// How many of those added are strong matches, by this batch's evaluations; those an attempt cut short added (this
    /// one read them as pipeline members and did not evaluate them again) by their evaluation in the ledger.
    /// </summary>
    private static async Task<int> StrongAsync(IHiringProject project, IReadOnlyList<CandidateEvaluation> evaluations, IReadOnlyList<PipelineEntry> added)
    {
        var evaluated = evaluations.ToDictionary(e => e.CandidateId, e => e.Recommendation, StringComparer.Ordinal);
        var earlier = added.Select(e => e.CandidateId).Where(id => !evaluated.ContainsKey(id)).ToList();
        if (earlier.Count > 0)
        {
            foreach (var (id, evaluation) in await project.LatestEvaluations(earlier))
            {
                evaluated[id] = evaluation.Recommendation;
            }
        }

        return added.Count(e => evaluated.GetValueOrDefault(e.CandidateId) == Recommendation.StrongMatch);
    }

    private string SayBudget(string key, long count) => rules.Say(key, ("count", count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)));
}
