using Hiring.Contracts.Autopilot;

namespace Hiring.Agents.Autopilot;

/// <summary>
/// The bookkeeping of runs on <see cref="AutopilotState"/>: starting one, folding each batch in,
/// the budget, and ending it with its digest. Plain code: the grain only stores what this decides.
/// </summary>
public sealed class AutopilotRunBook(AutopilotState state, AutopilotBudget budget, int keptRuns)
{
    private const int MaxMatchesKept = 50;

    /// <summary>Starts a run unless one is in progress; returns the run in progress either way.</summary>
    public AutopilotRun Start(string trigger, DateTimeOffset now)
    {
        if (state.Current is { } running)
        {
            return running;
        }

        state.RunCount++;
        state.Current = new AutopilotRun($"run-{state.RunCount}", trigger, now, null, AutopilotRunStatus.Running, new AutopilotCounts(), new AutopilotUse(), 0, null, null, []);
        return state.Current;
    }

    /// <summary>How many profiles the next batch may read: the batch size, or what the candidate budget has left.</summary>
    public int NextBatchSize(int batchSize) =>
        state.Current is { } run ? Math.Max(0, Math.Min(batchSize, budget.MaxCandidates - run.Use.Candidates)) : 0;

    /// <summary>Folds a batch in (already applied to the project) and moves the feed on.</summary>
    public AutopilotRun Record(AutopilotBatch batch, IReadOnlyList<string> added, int strongAdded, long tokens, decimal cost, DateTimeOffset now)
    {
        var run = state.Current ?? throw new InvalidOperationException("No run is in progress.");
        var counts = batch.Counts with { Added = added.Count, Strong = strongAdded };
        state.Cursors = new Dictionary<string, long>(batch.Cursors, StringComparer.Ordinal);
        state.Current = run with
        {
            Counts = Plus(run.Counts, counts),
            Use = new AutopilotUse(run.Use.Candidates + batch.Counts.Scanned, run.Use.Tokens + tokens, run.Use.Cost + cost, now - run.StartedAt),
            Batches = run.Batches + 1,
            Matches = [.. run.Matches.Concat(added).Take(MaxMatchesKept)],
        };
        return state.Current;
    }

    /// <summary>Why the run must stop at its budget, or null while it has some left.</summary>
    public string? BudgetSpent(DateTimeOffset now, Func<string, long, string> say)
    {
        if (state.Current is not { } run)
        {
            return null;
        }

        var elapsed = now - run.StartedAt;
        return run.Use.Candidates >= budget.MaxCandidates ? say("budget_candidates", run.Use.Candidates)
            : run.Use.Tokens >= budget.MaxTokens ? say("budget_tokens", run.Use.Tokens)
            : run.Use.Cost >= budget.MaxCost ? say("budget_cost", (long)Math.Ceiling(run.Use.Cost))
            : elapsed >= budget.MaxWallTime ? say("budget_time", (long)elapsed.TotalMinutes)
            : null;
    }

    /// <summary>Ends the run in progress with its status and digest and keeps it among the latest runs.</summary>
    public AutopilotRun Finish(AutopilotRunStatus status, string? reason, int followUpsDue, int approvalsWaiting, Func<AutopilotRun, string> digest, DateTimeOffset now)
    {
        var run = state.Current ?? throw new InvalidOperationException("No run is in progress.");
        var ended = run with
        {
            Status = status,
            StopReason = reason,
            FinishedAt = now,
            Counts = run.Counts with { FollowUpsDue = run.Counts.FollowUpsDue + followUpsDue, ApprovalsWaiting = approvalsWaiting },
            Use = run.Use with { WallTime = now - run.StartedAt },
        };
        ended = ended with { Digest = digest(ended) };
        state.Current = null;
        state.Runs.Add(ended);
        if (state.Runs.Count > keptRuns)
        {
            state.Runs.RemoveRange(0, state.Runs.Count - keptRuns);
        }

        return ended;
    }

    private static AutopilotCounts Plus(AutopilotCounts a, AutopilotCounts b) => new(
        a.Scanned + b.Scanned,
        a.Evaluated + b.Evaluated,
        a.Added + b.Added,
        a.Strong + b.Strong,
        a.Updated + b.Updated,
        a.FollowUpsDue + b.FollowUpsDue,
        a.ApprovalsWaiting + b.ApprovalsWaiting);
}
