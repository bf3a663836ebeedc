using Hiring.Contracts.Projects;
using Hiring.Contracts.Talent;

namespace Hiring.Agents.Evaluation;

/// <summary>One candidate to assess: the MASKED profile (never the raw one), the approved qualifications, and the spec whose constraints are checked.</summary>
/// <param name="Masked">The masked profile.</param>
/// <param name="Qualifications">The approved qualifications.</param>
/// <param name="Spec">The job spec; its place and level are checked as constraints (none when null).</param>
public sealed record EvaluationRequest(CandidateProfile Masked, IReadOnlyList<Qualification> Qualifications, JobSpec? Spec = null);
