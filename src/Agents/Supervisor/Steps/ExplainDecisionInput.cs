using Hiring.Agents.SubAgents;
using Hiring.Contracts.Planning;

namespace Hiring.Agents.Supervisor.Steps;

/// <summary>Input of explain-decision: what the recruiter asked about (a candidate, a step, a decision), when the plan named it.</summary>
[GenerateSerializer, Immutable, Alias("hiring.supervisor.explain-decision-input")]
public sealed record ExplainDecisionInput([property: Id(0)][StepValue(StepValueNames.Subject)] string? Subject = null);
