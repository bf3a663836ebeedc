using Hiring.Agents.SubAgents;
using Hiring.Contracts.Planning;

namespace Hiring.Agents.Evaluation.Steps;

/// <summary>Output of explain-assessment: the candidate explained (none while the recruiter is asked which one).</summary>
[GenerateSerializer, Immutable, Alias("hiring.evaluation.explain-assessment-output")]
public sealed record ExplainAssessmentOutput([property: Id(0)][StepValue(StepValueNames.CandidateId)] string? Candidate = null);
