using Hiring.Contracts.Reasoning;

namespace Hiring.Contracts.Evaluation;

/// <summary>A candidate assessed against every approved qualification of a project.</summary>
/// <param name="CandidateId">The profile id.</param>
/// <param name="Assessments">One per qualification.</param>
/// <param name="Score">0 to 1, weighted by qualification weights.</param>
/// <param name="Recommendation">The overall advice.</param>
/// <param name="Summary">One or two sentences for the recruiter.</param>
/// <param name="Provenance">Engine, model and prompt version that produced it.</param>
/// <param name="Constraints">The job's constraints checked against the profile (location, level), with evidence; null in evaluations made before constraints were checked.</param>
/// <param name="Batch">The autopilot batch that recorded it ("run-3/7"), when one did: a batch cut short by a crash is applied again without recording anyone twice.</param>
[GenerateSerializer, Immutable, Alias("hiring.evaluation.candidate")]
public sealed record CandidateEvaluation(
    [property: Id(0)] string CandidateId,
    [property: Id(1)] IReadOnlyList<QualificationAssessment> Assessments,
    [property: Id(2)] double Score,
    [property: Id(3)] Recommendation Recommendation,
    [property: Id(4)] string Summary,
    [property: Id(5)] Provenance Provenance,
    [property: Id(6)] IReadOnlyList<ConstraintCheck>? Constraints = null,
    [property: Id(7)] string? Batch = null);
