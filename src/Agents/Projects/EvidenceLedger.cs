using Hiring.Agents.Persistence;
using Hiring.Agents.Supervisor;
using Hiring.Contracts.Evaluation;
using Hiring.Storage;

namespace Hiring.Agents.Projects;

/// <summary>A project's append-only evidence ledger: every evaluation, stamped with its engine, model and prompt.</summary>
public sealed class EvidenceLedger(string projectKey, ILogStore store)
{
    private const int Page = 500;

    private string StreamKey { get; } = $"evidence/{projectKey}";

    /// <summary>Appends the evaluations in one transaction; returns each candidate's new ledger sequence.</summary>
    public async Task<IReadOnlyDictionary<string, long>> AppendAsync(IReadOnlyList<CandidateEvaluation> evaluations)
    {
        if (evaluations.Count == 0)
        {
            return new Dictionary<string, long>();
        }

        var last = await store.AppendAsync(StreamKey, [.. evaluations.Select(e => ("evaluation", EventJson.Serialize(e)))]);
        var first = last - evaluations.Count + 1;
        var sequences = new Dictionary<string, long>();
        for (var i = 0; i < evaluations.Count; i++)
        {
            sequences[evaluations[i].CandidateId] = first + i;
        }

        return sequences;
    }

    public async Task<CandidateEvaluation?> ReadAsync(long sequence)
    {
        var entries = await store.ReadAfterAsync(StreamKey, sequence - 1, 1);
        return entries.Count == 1 && entries[0].Sequence == sequence ? EventJson.Deserialize<CandidateEvaluation>(entries[0].Payload) : null;
    }

    /// <summary>Every evaluation of one candidate, oldest first.</summary>
    public async Task<IReadOnlyList<CandidateEvaluation>> ForCandidateAsync(string candidateId)
    {
        var found = new List<CandidateEvaluation>();
        long after = 0;
        while (true)
        {
            var entries = await store.ReadAfterAsync(StreamKey, after, Page);
            foreach (var entry in entries)
            {
                var evaluation = EventJson.Deserialize<CandidateEvaluation>(entry.Payload);
                if (evaluation.CandidateId == candidateId)
                {
                    found.Add(evaluation);
                }
            }

            if (entries.Count < Page)
            {
                return found;
            }

            after = entries[^1].Sequence;
        }
    }
}
