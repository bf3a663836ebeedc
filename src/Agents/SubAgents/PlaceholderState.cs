namespace Hiring.Agents.SubAgents;

/// <summary>The state of an agent that has no handlers yet: only the record of steps.</summary>
[GenerateSerializer, Alias("hiring.agents.placeholder-state")]
public sealed class PlaceholderState : ISubAgentState
{
    [Id(0)]
    public StepRecord Steps { get; set; } = new();
}
