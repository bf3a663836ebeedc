namespace Hiring.Agents.SubAgents;

/// <summary>The state of an agent that keeps nothing in its row but the record of steps: one with no handlers yet, or screening (whose questions and summaries go to an append-only log).</summary>
[GenerateSerializer, Alias("hiring.agents.placeholder-state")]
public sealed class PlaceholderState : ISubAgentState
{
    [Id(0)]
    public StepRecord Steps { get; set; } = new();
}
