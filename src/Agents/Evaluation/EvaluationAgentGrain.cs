using Hiring.Agents.Agents;
using Hiring.Contracts.Agents;

namespace Hiring.Agents.Evaluation;

/// <summary>The evaluation agent (not available yet: it refuses work clearly).</summary>
public sealed class EvaluationAgentGrain() : UnavailableAgentGrain("evaluation"), IEvaluationAgent
{
}
