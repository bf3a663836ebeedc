using Hiring.Agents.Supervisor;
using Hiring.Contracts.Projects;
using Hiring.Storage;

namespace Hiring.Agents.Projects;

/// <summary>
/// Every move of every candidate of a project, in the append-only log store. The project's state
/// keeps each candidate's latest move only, so a move writes one small row and the state blob
/// stays the same size however often candidates move.
/// </summary>
public sealed class PipelineHistory(string projectKey, ILogStore store)
{
    private const string EntryType = "move";
    private const int Page = 500;

    public string StreamKey { get; } = $"moves/{projectKey}";

    public Task AppendAsync(IReadOnlyList<(string CandidateId, StageMove Move)> moves) =>
        moves.Count == 0
            ? Task.CompletedTask
            : store.AppendAsync(StreamKey, [.. moves.Select(m => (EntryType, EventJson.Serialize(new Record(m.CandidateId, m.Move))))]);

    /// <summary>Every move of one candidate, oldest first (a move appended twice, by a migration cut short, counts once).</summary>
    public async Task<IReadOnlyList<StageMove>> ForCandidateAsync(string candidateId)
    {
        var found = new List<StageMove>();
        long after = 0;
        while (true)
        {
            var entries = await store.ReadAfterAsync(StreamKey, after, Page);
            found.AddRange(entries
                .Select(e => EventJson.Deserialize<Record>(e.Payload))
                .Where(r => r.CandidateId == candidateId)
                .Select(r => r.Move)
                .Where(m => !found.Contains(m)));
            if (entries.Count < Page)
            {
                return found;
            }

            after = entries[^1].Sequence;
        }
    }

    private sealed record Record(string CandidateId, StageMove Move);
}
