namespace Hiring.Agents.Projects;

/// <summary>
/// Moves the pipeline moves of version 1 project state (every move inside its entry) into the
/// <see cref="PipelineHistory"/> and leaves each entry its latest move. The log is appended before
/// the state is written, so a crash in between leaves the moves in the state to move again.
/// </summary>
public static class PipelineMigration
{
    public static bool IsNeeded(ProjectState state) => !state.MovesInLog && state.Exists;

    public static async Task MoveAsync(ProjectState state, PipelineHistory history, Func<Task> save)
    {
        var moves = state.Pipeline.Values
            .SelectMany(e => e.Moves.Select(m => (e.CandidateId, Move: m)))
            .OrderBy(m => m.Move.At)
            .ToList();
        await history.AppendAsync(moves);
        foreach (var entry in state.Pipeline.Values.ToList())
        {
            state.Pipeline[entry.CandidateId] = entry with { Moves = entry.Moves.Count > 0 ? [entry.Moves[^1]] : [] };
        }

        state.MovesInLog = true;
        await save();
    }
}
