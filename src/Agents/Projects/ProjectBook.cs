using Hiring.Contracts.Projects;
using Hiring.Contracts.Supervisor;
using Hiring.Reasoning.Policy;

namespace Hiring.Agents.Projects;

/// <summary>
/// The rules of a project: versioned qualifications that pass policy before approval, and a
/// pipeline whose every move is recorded. Entries keep their latest move; the moves made by a
/// call are returned in <see cref="NewMoves"/> for the caller to append to the <see cref="PipelineHistory"/>.
/// </summary>
public sealed class ProjectBook(ProjectState state, IQualificationPolicy policy, TimeProvider time)
{
    public const string Assistant = "assistant";

    private readonly List<(string CandidateId, StageMove Move)> _newMoves = [];

    /// <summary>Moves made through this book and not yet in the history log, oldest first.</summary>
    public IReadOnlyList<(string CandidateId, StageMove Move)> NewMoves => _newMoves;

    public void Create(string owner, JobSpec spec, IReadOnlyList<Qualification> proposed)
    {
        state.Owner = owner;
        state.Spec = spec;
        state.MovesInLog = true;
        Propose(proposed);
    }

    public IReadOnlyList<Qualification> Propose(IReadOnlyList<Qualification> qualifications)
    {
        foreach (var proposed in qualifications)
        {
            var id = string.IsNullOrWhiteSpace(proposed.Id) ? $"q{++state.LastQualificationNumber}" : proposed.Id;
            var index = state.Qualifications.FindIndex(q => q.Id == id);
            var version = index >= 0 ? state.Qualifications[index].Version + 1 : 1;
            var checkedOne = proposed with { Id = id, Version = version, Approved = false, Policy = policy.Check(proposed.Text) };
            if (index >= 0)
            {
                state.Qualifications[index] = checkedOne;
            }
            else
            {
                state.Qualifications.Add(checkedOne);
                state.LastQualificationNumber = Math.Max(state.LastQualificationNumber, NumberOf(id));
            }
        }

        Touch();
        return state.Qualifications;
    }

    public IReadOnlyList<Qualification> Decide(QualificationChange change)
    {
        foreach (var id in change.Remove)
        {
            state.Qualifications.RemoveAll(q => q.Id == id);
        }

        foreach (var edit in change.Edits)
        {
            var index = state.Qualifications.FindIndex(q => q.Id == edit.Id);
            var verdict = policy.Check(edit.Text);
            var version = index >= 0 ? state.Qualifications[index].Version + 1 : 1;
            var origin = index >= 0 && state.Qualifications[index].Text == edit.Text ? edit.Origin : QualificationOrigin.Recruiter;
            var edited = edit with { Id = string.IsNullOrWhiteSpace(edit.Id) ? $"q{++state.LastQualificationNumber}" : edit.Id, Version = version, Policy = verdict, Approved = verdict.Allowed, Origin = origin };
            if (index >= 0)
            {
                state.Qualifications[index] = edited;
            }
            else
            {
                state.Qualifications.Add(edited);
            }
        }

        for (var i = 0; i < state.Qualifications.Count; i++)
        {
            var q = state.Qualifications[i];
            // A qualification the policy refused can never be approved, whoever asks.
            if (change.Approve.Contains(q.Id) && q.Policy.Allowed)
            {
                state.Qualifications[i] = q with { Approved = true };
            }
        }

        Touch();
        return state.Qualifications;
    }

    public IReadOnlyList<Qualification> Approved => [.. state.Qualifications.Where(q => q.Approved && q.Policy.Allowed)];

    public IReadOnlyList<PipelineEntry> AddCandidates(IReadOnlyList<SourcedCandidate> candidates, string by)
    {
        var added = new List<PipelineEntry>();
        foreach (var candidate in candidates)
        {
            if (state.Pipeline.ContainsKey(candidate.CandidateId) || state.Erased.Contains(candidate.CandidateId))
            {
                continue;
            }

            // A candidate enters as Sourced, or at Calibration when shown in a batch that waits for the recruiter.
            var stage = candidate.Stage == PipelineStage.Calibration ? PipelineStage.Calibration : PipelineStage.Sourced;
            var move = new StageMove(null, stage, by, candidate.Why, time.GetUtcNow());
            var entry = new PipelineEntry(candidate.CandidateId, stage, [move], Why: candidate.Why);
            state.Pipeline[candidate.CandidateId] = entry;
            _newMoves.Add((candidate.CandidateId, move));
            added.Add(entry);
        }

        Touch();
        return added;
    }

    public PipelineEntry Move(string candidateId, PipelineStage to, string by, string why)
    {
        if (!Enum.IsDefined(to))
        {
            throw new AssistantRefusalException(RefusalCodes.Invalid, $"'{to}' is not a pipeline stage.");
        }

        if (!state.Pipeline.TryGetValue(candidateId, out var entry))
        {
            throw new AssistantRefusalException(RefusalCodes.NotFound, $"Candidate '{candidateId}' is not in this project.");
        }

        if (entry.Stage == to)
        {
            return entry;
        }

        var move = new StageMove(entry.Stage, to, by, why, time.GetUtcNow());
        var moved = entry with { Stage = to, Moves = [move] };
        state.Pipeline[candidateId] = moved;
        _newMoves.Add((candidateId, move));
        Touch();
        return moved;
    }

    /// <summary>Drops an erased candidate's entry and latest evaluation and remembers the id; false when the project held nothing of theirs.</summary>
    public bool Erase(string candidateId)
    {
        var held = state.Pipeline.Remove(candidateId) | state.LatestEvaluation.Remove(candidateId);
        if (held)
        {
            state.Erased.Add(candidateId);
            Touch();
        }

        return held;
    }

    public void Score(string candidateId, double score)
    {
        if (state.Pipeline.TryGetValue(candidateId, out var entry))
        {
            state.Pipeline[candidateId] = entry with { Score = score };
        }
    }

    private void Touch() => state.UpdatedAt = time.GetUtcNow();

    private static int NumberOf(string id) =>
        id.Length > 1 && id[0] == 'q' && int.TryParse(id.AsSpan(1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;
}
