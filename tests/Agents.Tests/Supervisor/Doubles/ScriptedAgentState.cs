using Hiring.Agents.SubAgents;

namespace Hiring.Agents.Tests.Supervisor.Doubles;

[GenerateSerializer, Alias("hiring.tests.scripted-agent-state")]
public sealed class ScriptedAgentState : ISubAgentState
{
    [Id(1)]
    public StepRecord Steps { get; set; } = new();
}
