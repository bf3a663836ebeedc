using Hiring.Contracts.Projects;

namespace Hiring.Agents.Projects;

/// <summary>
/// The receipts of the latest batches applied to a project: each batch's key and the candidates it added. A batch
/// applied again (its caller, an autopilot on a silo that died, never heard back) records nothing twice and is told
/// whom it added the first time, so the run that resumes it counts them once.
/// </summary>
public sealed class BatchReceipts(ProjectState state)
{
    /// <summary>The entries <paramref name="batchKey"/> added, as they stand now (those erased or removed since are left out); null when it was never applied.</summary>
    public IReadOnlyList<PipelineEntry>? Replay(string batchKey)
    {
        if (!state.AppliedBatches.Contains(batchKey))
        {
            return null;
        }

        // A batch applied before its additions were kept (older state) answers as it did then: with nobody.
        var added = state.BatchAdditions.GetValueOrDefault(batchKey) ?? [];
        return [.. added.Where(state.Pipeline.ContainsKey).Select(id => state.Pipeline[id])];
    }

    /// <summary>Keeps the receipt of <paramref name="batchKey"/>, forgetting the oldest beyond <see cref="ProjectState.KeptBatches"/>.</summary>
    public void Record(string batchKey, IEnumerable<PipelineEntry> added)
    {
        state.AppliedBatches.Add(batchKey);
        state.BatchAdditions[batchKey] = [.. added.Select(e => e.CandidateId)];
        while (state.AppliedBatches.Count > ProjectState.KeptBatches)
        {
            state.BatchAdditions.Remove(state.AppliedBatches[0]);
            state.AppliedBatches.RemoveAt(0);
        }
    }
}
