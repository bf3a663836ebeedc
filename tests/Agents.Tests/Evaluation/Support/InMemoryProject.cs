using Hiring.Contracts.Learning;
using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Tests.Evaluation.Support;

/// <summary>Just enough of a hiring project for the evaluation agent: qualifications, a pipeline and the ledger.</summary>
internal sealed class InMemoryProject(string projectId, IReadOnlyList<Qualification> qualifications, JobSpec? spec = null) : IHiringProject
{
    private readonly Dictionary<string, PipelineEntry> _pipeline = new(StringComparer.Ordinal);
    private readonly List<CandidateEvaluation> _ledger = [];

    public IReadOnlyList<CandidateEvaluation> Ledger => _ledger;

    public List<(string Candidate, PipelineStage To, string By, string Why)> Moves { get; } = [];

    public InMemoryProject At(PipelineStage stage, params string[] ids)
    {
        foreach (var id in ids)
        {
            _pipeline[id] = new PipelineEntry(id, stage, []);
        }

        return this;
    }

    public InMemoryProject Sourced(params string[] ids)
    {
        foreach (var id in ids)
        {
            _pipeline[id] = new PipelineEntry(id, PipelineStage.Sourced, []);
        }

        return this;
    }

    public Task<ProjectSnapshot> Snapshot() =>
        Task.FromResult(new ProjectSnapshot(projectId, spec, qualifications, [.. _pipeline.Values], "t1/r1", DateTimeOffset.UnixEpoch));

    public Task<bool> Exists() => Task.FromResult(true);

    public Task<IReadOnlyList<Qualification>> ApprovedQualifications() =>
        Task.FromResult<IReadOnlyList<Qualification>>([.. qualifications.Where(q => q.Approved && q.Policy.Allowed)]);

    public Task<IReadOnlyList<PipelineEntry>> ApplyBatch(string batchKey, IReadOnlyList<CandidateEvaluation> evaluations, IReadOnlyList<SourcedCandidate> matches, string by) =>
        throw new NotSupportedException();

    public Task RecordEvaluations(IReadOnlyList<CandidateEvaluation> evaluations)
    {
        _ledger.AddRange(evaluations);
        foreach (var evaluation in evaluations.Where(e => _pipeline.ContainsKey(e.CandidateId)))
        {
            _pipeline[evaluation.CandidateId] = _pipeline[evaluation.CandidateId] with { Score = evaluation.Score };
        }

        return Task.CompletedTask;
    }

    public Task<CandidateEvaluation?> LatestEvaluation(string candidateId) =>
        Task.FromResult(_ledger.LastOrDefault(e => e.CandidateId == candidateId));

    public Task<IReadOnlyList<QualificationAssessment>> Evidence(string candidateId) =>
        Task.FromResult<IReadOnlyList<QualificationAssessment>>([.. _ledger.Where(e => e.CandidateId == candidateId).SelectMany(e => e.Assessments)]);

    public Task<PipelineEntry> Move(string candidateId, PipelineStage to, string by, string why, ActionOrigin origin = ActionOrigin.Recruiter)
    {
        if (!_pipeline.TryGetValue(candidateId, out var entry))
        {
            throw new AssistantRefusalException(RefusalCodes.NotFound, "Not found.");
        }

        Moves.Add((candidateId, to, by, why));
        return Task.FromResult(_pipeline[candidateId] = entry with { Stage = to });
    }

    Task<IReadOnlyList<StageMove>> IHiringProject.Moves(string candidateId) => throw new NotSupportedException();

    public Task<ProjectSnapshot> Create(string owner, JobSpec spec, IReadOnlyList<Qualification> proposed) => throw new NotSupportedException();

    public Task<ProjectSnapshot> UpdateSpec(JobSpec spec) => throw new NotSupportedException();

    public Task<IReadOnlyList<Qualification>> Propose(IReadOnlyList<Qualification> qualifications) => throw new NotSupportedException();

    public Task<IReadOnlyList<Qualification>> Decide(QualificationChange change) => throw new NotSupportedException();

    public Task<IReadOnlyList<PipelineEntry>> AddCandidates(IReadOnlyList<SourcedCandidate> candidates, string by) => throw new NotSupportedException();

    public Task<IReadOnlyList<string>> Excluded() => Task.FromResult<IReadOnlyList<string>>([.. _pipeline.Keys]);

    public Task<ProjectOverview> Overview() => throw new NotSupportedException();

    public Task<IReadOnlyDictionary<string, CandidateEvaluation>> LatestEvaluations(IReadOnlyList<string> candidateIds) => throw new NotSupportedException();

    public Task<IReadOnlyDictionary<string, IReadOnlyList<QualificationAssessment>>> EvidenceOf(IReadOnlyList<string> candidateIds) => throw new NotSupportedException();

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
