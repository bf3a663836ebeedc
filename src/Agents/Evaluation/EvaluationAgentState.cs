using Hiring.Agents.SubAgents;

namespace Hiring.Agents.Evaluation;

/// <summary>The evaluation agent's durable state: the record of its steps (assessments live with the project).</summary>
[GenerateSerializer, Alias("hiring.evaluation.agent-state")]
public sealed class EvaluationAgentState : ISubAgentState
{
    // Ids 0 and 1 held the outcomes by key before the one sub-agent shape; they are retired, never reused.
    [Id(2)]
    public StepRecord Steps { get; set; } = new();
}
