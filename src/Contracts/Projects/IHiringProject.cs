using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Learning;
using Hiring.Contracts.Tenancy;

namespace Hiring.Contracts.Projects;

/// <summary>
/// A hiring project (key: tenant/project): the job spec, versioned qualifications, the pipeline and
/// the append-only evidence ledger. Refuses calls from another tenant as if the project did not exist.
/// </summary>
[Alias("hiring.projects.project")]
public interface IHiringProject : IGrainWithStringKey, ITenantScoped
{
    /// <summary>The project as it stands; refused with NOT_FOUND when it was never created.</summary>
    Task<ProjectSnapshot> Snapshot();

    /// <summary>True once the project was created.</summary>
    Task<bool> Exists();

    /// <summary>Creates the project with its spec and proposed (unapproved) qualifications. Creating it again with the same owner returns it unchanged.</summary>
    Task<ProjectSnapshot> Create(string owner, JobSpec spec, IReadOnlyList<Qualification> proposed);

    /// <summary>Replaces the job spec.</summary>
    Task<ProjectSnapshot> UpdateSpec(JobSpec spec);

    /// <summary>Adds or replaces proposed qualifications (unapproved; each is policy-checked and a refused one can never be approved).</summary>
    Task<IReadOnlyList<Qualification>> Propose(IReadOnlyList<Qualification> qualifications);

    /// <summary>Applies the recruiter's decision: approve, remove, edit. Returns the qualifications as they now stand.</summary>
    Task<IReadOnlyList<Qualification>> Decide(QualificationChange change);

    /// <summary>Approved, policy-allowed qualifications, the only ones evaluation and sourcing may use.</summary>
    Task<IReadOnlyList<Qualification>> ApprovedQualifications();

    /// <summary>Adds candidates as Sourced (or at Calibration, when their stage says so); skips those already in the pipeline, archived or erased. Returns the entries added.</summary>
    Task<IReadOnlyList<PipelineEntry>> AddCandidates(IReadOnlyList<SourcedCandidate> candidates, string by);

    /// <summary>
    /// Moves a candidate to a stage, recording who and why, and the move in the project's action log
    /// (as the recruiter's choice, or an agent's step when <paramref name="origin"/> says so). Unknown
    /// candidates are refused with NOT_FOUND.
    /// </summary>
    Task<PipelineEntry> Move(string candidateId, PipelineStage to, string by, string why, ActionOrigin origin = ActionOrigin.Recruiter);

    /// <summary>
    /// Appends what was done with candidates of the pipeline (viewed, messaged, rated, highlighted) to
    /// the project's append-only action log, in order. Refuses (and records nothing) a candidate not in
    /// the pipeline (NOT_FOUND), a highlight without text or over-long words (INVALID). The project's
    /// clock stamps each action's time.
    /// </summary>
    Task RecordActions(IReadOnlyList<RecruiterAction> actions);

    /// <summary>The latest actions (at most <paramref name="max"/>), oldest first; of one candidate when named.</summary>
    Task<IReadOnlyList<RecruiterAction>> Actions(string? candidateId, int max);

    /// <summary>Every move of a candidate, oldest first, read from the project's history log (empty for a candidate not in the pipeline).</summary>
    Task<IReadOnlyList<StageMove>> Moves(string candidateId);

    /// <summary>Ids never to source again: everyone in the pipeline (including archived) and erased candidates.</summary>
    Task<IReadOnlyList<string>> Excluded();

    /// <summary>
    /// Forgets an erased candidate: their pipeline entry and latest evaluation leave the state, and the
    /// project neither adds nor evaluates them again (<see cref="Excluded"/> names them). The project's
    /// logs are redacted by the erasure itself. Returns true when the project held them; a project never
    /// created, or erasing again, returns false and changes nothing.
    /// </summary>
    Task<bool> EraseCandidate(string candidateId);

    /// <summary>Appends evaluations to the evidence ledger and updates pipeline scores.</summary>
    Task RecordEvaluations(IReadOnlyList<CandidateEvaluation> evaluations);

    /// <summary>
    /// Applies one checkpointed batch of an autopilot run in one call: adds <paramref name="matches"/>
    /// as Sourced (as <see cref="AddCandidates"/> does) and appends <paramref name="evaluations"/> to
    /// the ledger tagged with <paramref name="batchKey"/>. Idempotent by the key: a batch applied
    /// before, or cut short by a crash between its ledger append and its state write, records no one
    /// twice. Returns the entries the batch added, also when it was applied before (as they stand now),
    /// so a caller that died before it heard back counts them once when it applies the batch again.
    /// </summary>
    Task<IReadOnlyList<PipelineEntry>> ApplyBatch(string batchKey, IReadOnlyList<CandidateEvaluation> evaluations, IReadOnlyList<SourcedCandidate> matches, string by);

    /// <summary>The latest evaluation of a candidate from the ledger, or null.</summary>
    Task<CandidateEvaluation?> LatestEvaluation(string candidateId);

    /// <summary>Every assessment of a candidate in the ledger, oldest first.</summary>
    Task<IReadOnlyList<QualificationAssessment>> Evidence(string candidateId);

    /// <summary>The project at a glance: its phase, candidates per stage and first location.</summary>
    Task<ProjectOverview> Overview();

    /// <summary>The latest evaluation of each of the candidates that has one, read from the ledger in one pass (a page of the pipeline in one call).</summary>
    Task<IReadOnlyDictionary<string, CandidateEvaluation>> LatestEvaluations(IReadOnlyList<string> candidateIds);

    /// <summary>Every assessment of each of the candidates, oldest first, read from the ledger in one pass (candidates without any are left out).</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<QualificationAssessment>>> EvidenceOf(IReadOnlyList<string> candidateIds);

    /// <summary>Adds a recruiter's note on a candidate of the pipeline and returns the entry; unknown candidates are refused with NOT_FOUND.</summary>
    Task<PipelineEntry> AddNote(string candidateId, string text, string by);

    /// <summary>The latest notes (at most 100) of each of the candidates, oldest first (candidates without any are left out).</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<CandidateNote>>> Notes(IReadOnlyList<string> candidateIds);
}
