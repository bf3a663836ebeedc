using Hiring.Contracts.Agents;

namespace Hiring.Agents.Tests.Supervisor.Doubles;

/// <summary>A test double for every sub-agent: it does what its tenant's <see cref="AgentScript"/> says.</summary>
public interface IScriptedAgent : ISubAgent
{
}
