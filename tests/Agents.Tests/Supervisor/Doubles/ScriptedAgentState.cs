using Hiring.Contracts.Agents;

namespace Hiring.Agents.Tests.Supervisor.Doubles;

[GenerateSerializer, Alias("hiring.tests.scripted-agent-state")]
public sealed class ScriptedAgentState
{
    [Id(0)]
    public Dictionary<string, StepOutcome> Applied { get; set; } = [];
}
