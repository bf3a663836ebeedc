using Hiring.Contracts.Learning;
using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Projects;

namespace Hiring.Agents.Tests.Sourcing;

/// <summary>An in-memory project for the sourcing agent's plain-class tests: spec, qualifications, pipeline (with moves) and erased ids.</summary>
internal sealed class FakeProject(JobSpec? spec, IReadOnlyList<Qualification> qualifications) : IHiringProject
{
    private readonly Dictionary<string, PipelineEntry> _pipeline = new(StringComparer.Ordinal);

    public HashSet<string> Erased { get; } = [];

    /// <summary>The evidence ledger by candidate, for agents that read it.</summary>
    public Dictionary<string, IReadOnlyList<QualificationAssessment>> Assessments { get; } = new(StringComparer.Ordinal);

    public IReadOnlyCollection<PipelineEntry> Pipeline => _pipeline.Values;

    public void Put(string candidateId, PipelineStage stage, double? score = null) =>
        _pipeline[candidateId] = new PipelineEntry(candidateId, stage, [new StageMove(null, stage, "recruiter", "test", DateTimeOffset.UnixEpoch)], score);

    public Task<ProjectSnapshot> Snapshot() =>
        Task.FromResult(new ProjectSnapshot("p1", spec, qualifications, [.. _pipeline.Values], "t1/r1", DateTimeOffset.UnixEpoch));

    public Task<bool> Exists() => Task.FromResult(spec is not null);

    public Task<IReadOnlyList<Qualification>> ApprovedQualifications() =>
        Task.FromResult<IReadOnlyList<Qualification>>([.. qualifications.Where(q => q.Approved && q.Policy.Allowed)]);

    public Task<IReadOnlyList<PipelineEntry>> AddCandidates(IReadOnlyList<SourcedCandidate> candidates, string by)
    {
        var added = new List<PipelineEntry>();
        foreach (var candidate in candidates.Where(c => !_pipeline.ContainsKey(c.CandidateId) && !Erased.Contains(c.CandidateId)))
        {
            var entry = new PipelineEntry(candidate.CandidateId, candidate.Stage, [new StageMove(null, candidate.Stage, by, candidate.Why, DateTimeOffset.UnixEpoch)], Why: candidate.Why);
            _pipeline[candidate.CandidateId] = entry;
            added.Add(entry);
        }

        return Task.FromResult<IReadOnlyList<PipelineEntry>>(added);
    }

    public Task<IReadOnlyList<string>> Excluded() => Task.FromResult<IReadOnlyList<string>>([.. _pipeline.Keys, .. Erased]);

    public Task<ProjectSnapshot> Create(string owner, JobSpec spec, IReadOnlyList<Qualification> proposed) => throw new NotSupportedException();

    public Task<ProjectSnapshot> UpdateSpec(JobSpec spec) => throw new NotSupportedException();

    public Task<IReadOnlyList<Qualification>> Propose(IReadOnlyList<Qualification> qualifications) => throw new NotSupportedException();

    public Task<IReadOnlyList<Qualification>> Decide(QualificationChange change) => throw new NotSupportedException();

    public Task<PipelineEntry> Move(string candidateId, PipelineStage to, string by, string why, ActionOrigin origin = ActionOrigin.Recruiter)
    {
        if (!_pipeline.TryGetValue(candidateId, out var entry))
        {
            throw new Contracts.Supervisor.AssistantRefusalException(Contracts.Supervisor.RefusalCodes.NotFound, $"Candidate '{candidateId}' is not in this project.");
        }

        var moved = entry with { Stage = to, Moves = [.. entry.Moves, new StageMove(entry.Stage, to, by, why, DateTimeOffset.UnixEpoch)] };
        _pipeline[candidateId] = moved;
        return Task.FromResult(moved);
    }

    public Task<IReadOnlyList<StageMove>> Moves(string candidateId) => throw new NotSupportedException();

    /// <summary>The entry of a candidate, or null.</summary>
    public PipelineEntry? Entry(string candidateId) => _pipeline.GetValueOrDefault(candidateId);

    public Task<IReadOnlyList<PipelineEntry>> ApplyBatch(string batchKey, IReadOnlyList<CandidateEvaluation> evaluations, IReadOnlyList<SourcedCandidate> matches, string by) =>
        throw new NotSupportedException();

    public Task RecordEvaluations(IReadOnlyList<CandidateEvaluation> evaluations) => throw new NotSupportedException();

    public Task<CandidateEvaluation?> LatestEvaluation(string candidateId) => throw new NotSupportedException();

    public Task<IReadOnlyList<QualificationAssessment>> Evidence(string candidateId) =>
        Task.FromResult(Assessments.GetValueOrDefault(candidateId) ?? []);

    public Task<ProjectOverview> Overview() => throw new NotSupportedException();

    public Task<IReadOnlyDictionary<string, CandidateEvaluation>> LatestEvaluations(IReadOnlyList<string> candidateIds) => throw new NotSupportedException();

    public Task<IReadOnlyDictionary<string, IReadOnlyList<QualificationAssessment>>> EvidenceOf(IReadOnlyList<string> candidateIds) =>
        Task.FromResult<IReadOnlyDictionary<string, IReadOnlyList<QualificationAssessment>>>(candidateIds.Where(Assessments.ContainsKey).ToDictionary(id => id, id => Assessments[id], StringComparer.Ordinal));

    public Task<PipelineEntry> AddNote(string candidateId, string text, string by) => throw new NotSupportedException();

    /// <summary>Actions recorded, in order.</summary>
    public List<RecruiterAction> RecordedActions { get; } = [];

    public Task RecordActions(IReadOnlyList<RecruiterAction> actions)
    {
        RecordedActions.AddRange(actions);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<RecruiterAction>> Actions(string? candidateId, int max) =>
        Task.FromResult<IReadOnlyList<RecruiterAction>>([.. RecordedActions.Where(a => candidateId is null || a.CandidateId == candidateId).TakeLast(max)]);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<CandidateNote>>> Notes(IReadOnlyList<string> candidateIds) => throw new NotSupportedException();

    public Task<bool> EraseCandidate(string candidateId) => throw new NotSupportedException();
}
