using Hiring.Contracts.Projects;
using Hiring.Contracts.Talent;

namespace Hiring.Agents.Evaluation;

/// <summary>One candidate to assess: the MASKED profile (never the raw one) and the approved qualifications.</summary>
public sealed record EvaluationRequest(CandidateProfile Masked, IReadOnlyList<Qualification> Qualifications);
