using Hiring.Agents.SubAgents;

namespace Hiring.Agents.Intake;

/// <summary>The intake agent's durable state: the record of its steps (the project holds what intake produces).</summary>
[GenerateSerializer, Alias("hiring.intake.state")]
public sealed class IntakeState : ISubAgentState
{
    // Ids 0 and 1 held the outcomes by key before the one sub-agent shape; they are retired, never reused.
    [Id(2)]
    public StepRecord Steps { get; set; } = new();
}
