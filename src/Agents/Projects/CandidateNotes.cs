using Hiring.Agents.Supervisor;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Supervisor;
using Hiring.Storage;

namespace Hiring.Agents.Projects;

/// <summary>
/// Recruiters' notes on a project's candidates, one append-only log stream per candidate (like the
/// pipeline's moves, they never grow the project's state); reads return the latest <see cref="Kept"/>.
/// </summary>
public sealed class CandidateNotes(string projectKey, ILogStore store)
{
    public const int Kept = 100;
    public const int MaxText = 2000;
    private const string EntryType = "note";

    public static string StreamKeyOf(string projectKey, string candidateId) => $"notes/{projectKey}/{candidateId}";

    /// <summary>Appends a note of 1 to <see cref="MaxText"/> characters (after trimming); anything else is refused as invalid.</summary>
    public Task AppendAsync(string candidateId, CandidateNote note)
    {
        var text = note.Text.Trim();
        if (text.Length is 0 or > MaxText)
        {
            throw new AssistantRefusalException(RefusalCodes.Invalid, $"A note must be 1 to {MaxText} characters.");
        }

        return store.AppendAsync(StreamKeyOf(projectKey, candidateId), EntryType, EventJson.Serialize(note with { Text = text }));
    }

    /// <summary>The latest notes of one candidate, oldest first.</summary>
    public async Task<IReadOnlyList<CandidateNote>> LatestAsync(string candidateId)
    {
        var entries = await store.ReadBeforeAsync(StreamKeyOf(projectKey, candidateId), long.MaxValue, Kept);
        return [.. entries.Select(e => EventJson.Deserialize<CandidateNote>(e.Payload))];
    }
}
