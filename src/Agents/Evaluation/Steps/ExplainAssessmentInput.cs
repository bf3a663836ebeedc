using Hiring.Agents.SubAgents;
using Hiring.Contracts.Planning;

namespace Hiring.Agents.Evaluation.Steps;

/// <summary>Input of explain-assessment: the candidate's id or name; else the message's candidate.</summary>
[GenerateSerializer, Immutable, Alias("hiring.evaluation.explain-assessment-input")]
public sealed record ExplainAssessmentInput([property: Id(0)][StepValue(StepValueNames.Candidate)] string? Candidate = null);
