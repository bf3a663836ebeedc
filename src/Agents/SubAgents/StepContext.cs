using Hiring.Agents.Identity;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Projects;

namespace Hiring.Agents.SubAgents;

/// <summary>What a step handler works with: the agent's key, the command, a working copy of the agent's state, and the project of the key.</summary>
/// <param name="AgentKey">The agent grain's key (tenant/project, or tenant/recruiter for memory).</param>
/// <param name="Command">The step.</param>
/// <param name="State">A working copy of the agent's state: kept when the step succeeds, dropped when it fails.</param>
/// <param name="Project">The project grain of a project agent's key.</param>
public sealed record StepContext<TState>(string AgentKey, StepCommand Command, TState State, IHiringProject Project)
    where TState : class, ISubAgentState
{
    public string Tenant => GrainKeys.TenantOf(AgentKey);
}
