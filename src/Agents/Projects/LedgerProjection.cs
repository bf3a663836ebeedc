using Hiring.Agents.Supervisor;
using Hiring.Contracts.Evaluation;
using Hiring.Storage;

namespace Hiring.Agents.Projects;

/// <summary>
/// Keeps a project's state (each candidate's latest ledger sequence and pipeline score) in step with
/// its evidence ledger. The ledger append and the state write are two writes: a crash between them
/// leaves evaluations the state has not read, so before each append the entries after the state's
/// <see cref="ProjectState.LedgerHead"/> are read in first. An autopilot batch applied again after
/// such a crash finds its own evaluations there and appends none of them twice.
/// </summary>
public sealed class LedgerProjection(ProjectState state, ProjectBook book, string projectKey, ILogStore logs)
{
    private const int Page = 500;

    private EvidenceLedger Ledger => new(projectKey, logs);

    /// <summary>Appends <paramref name="evaluations"/> (of candidates not erased) after reading in what a cut-short write left; the caller saves the state.</summary>
    /// <returns>How many were appended: those a cut-short apply of <paramref name="batch"/> recorded already are not.</returns>
    public async Task<int> RecordAsync(IReadOnlyList<CandidateEvaluation> evaluations, string? batch = null)
    {
        var recorded = await CatchUpAsync(batch);
        var fresh = evaluations
            .Where(e => !state.Erased.Contains(e.CandidateId) && !recorded.Contains(e.CandidateId))
            .Select(e => batch is null ? e : e with { Batch = batch })
            .ToList();
        var sequences = await Ledger.AppendAsync(fresh);
        foreach (var evaluation in fresh)
        {
            Fold(evaluation, sequences[evaluation.CandidateId]);
        }

        return fresh.Count;
    }

    /// <summary>Reads in the entries after the head; returns the candidates <paramref name="batch"/> recorded among them.</summary>
    private async Task<HashSet<string>> CatchUpAsync(string? batch)
    {
        if (state.LedgerHead == 0 && state.LatestEvaluation.Count > 0)
        {
            state.LedgerHead = state.LatestEvaluation.Values.Max();
        }

        var recorded = new HashSet<string>(StringComparer.Ordinal);
        while (await logs.ReadAfterAsync(Ledger.StreamKey, state.LedgerHead, Page) is { Count: > 0 } entries)
        {
            foreach (var entry in entries)
            {
                var evaluation = EventJson.Deserialize<CandidateEvaluation>(entry.Payload);
                if (!state.Erased.Contains(evaluation.CandidateId))
                {
                    Fold(evaluation, entry.Sequence);
                }

                if (batch is not null && evaluation.Batch == batch)
                {
                    recorded.Add(evaluation.CandidateId);
                }

                state.LedgerHead = Math.Max(state.LedgerHead, entry.Sequence);
            }
        }

        return recorded;
    }

    private void Fold(CandidateEvaluation evaluation, long sequence)
    {
        state.LatestEvaluation[evaluation.CandidateId] = sequence;
        state.LedgerHead = Math.Max(state.LedgerHead, sequence);
        book.Score(evaluation.CandidateId, evaluation.Score);
    }
}
