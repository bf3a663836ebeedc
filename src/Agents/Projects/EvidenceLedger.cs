using Hiring.Agents.Persistence;
using Hiring.Agents.Supervisor;
using Hiring.Contracts.Evaluation;
using Hiring.Storage;

namespace Hiring.Agents.Projects;

/// <summary>A project's append-only evidence ledger: every evaluation, stamped with its engine, model and prompt.</summary>
public sealed class EvidenceLedger(string projectKey, ILogStore store)
{
    private const int Page = 500;

    /// <summary>Two wanted sequences at most this far apart are read in one range (the entries between are read and dropped).</summary>
    private const int MaxGap = 20;

    public string StreamKey { get; } = $"evidence/{projectKey}";

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

    /// <summary>
    /// The evaluations at these sequences, by sequence: sequences close together (a page of the
    /// pipeline, evaluated in batches) are read as one range, so a page costs one or a few reads.
    /// </summary>
    public async Task<IReadOnlyDictionary<long, CandidateEvaluation>> ReadManyAsync(IEnumerable<long> sequences)
    {
        var wanted = sequences.Distinct().Order().ToList();
        var found = new Dictionary<long, CandidateEvaluation>();
        var i = 0;
        while (i < wanted.Count)
        {
            var first = wanted[i];
            var last = first;
            while (i + 1 < wanted.Count && wanted[i + 1] - last <= MaxGap && wanted[i + 1] - first < Page)
            {
                last = wanted[++i];
            }

            i++;
            var entries = await store.ReadAfterAsync(StreamKey, first - 1, (int)(last - first + 1));
            foreach (var entry in entries.Where(e => wanted.BinarySearch(e.Sequence) >= 0))
            {
                found[entry.Sequence] = EventJson.Deserialize<CandidateEvaluation>(entry.Payload);
            }
        }

        return found;
    }

    /// <summary>Every evaluation of one candidate, oldest first.</summary>
    public async Task<IReadOnlyList<CandidateEvaluation>> ForCandidateAsync(string candidateId) =>
        (await ForCandidatesAsync([candidateId])).GetValueOrDefault(candidateId) ?? [];

    /// <summary>Every evaluation of each of the candidates, oldest first, in one pass over the ledger (candidates without any are left out).</summary>
    public async Task<IReadOnlyDictionary<string, List<CandidateEvaluation>>> ForCandidatesAsync(IReadOnlyCollection<string> candidateIds)
    {
        var ids = candidateIds.ToHashSet(StringComparer.Ordinal);
        var found = new Dictionary<string, List<CandidateEvaluation>>(StringComparer.Ordinal);
        long after = 0;
        while (true)
        {
            var entries = await store.ReadAfterAsync(StreamKey, after, Page);
            foreach (var entry in entries)
            {
                var evaluation = EventJson.Deserialize<CandidateEvaluation>(entry.Payload);
                if (ids.Contains(evaluation.CandidateId))
                {
                    (found.TryGetValue(evaluation.CandidateId, out var list) ? list : found[evaluation.CandidateId] = []).Add(evaluation);
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
