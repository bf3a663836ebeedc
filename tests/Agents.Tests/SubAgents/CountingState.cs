using Hiring.Agents.SubAgents;

namespace Hiring.Agents.Tests.SubAgents;

[GenerateSerializer, Alias("hiring.tests.counting-state")]
public sealed class CountingState : ISubAgentState
{
    [Id(0)]
    public int Count { get; set; }

    [Id(1)]
    public StepRecord Steps { get; set; } = new();
}
