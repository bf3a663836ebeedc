using Hiring.Agents.Identity;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;

namespace Hiring.Agents.SubAgents;

/// <summary>What a step handler works with: the agent's key, the command, a working copy of the agent's state, and the project of the key.</summary>
/// <param name="AgentKey">The agent grain's key (tenant/project, or tenant/recruiter for memory).</param>
/// <param name="Command">The step; its named values are bound once by <see cref="StepHandler{TState, TInput, TOutput}"/>, so handlers read the typed input instead.</param>
/// <param name="State">A working copy of the agent's state: kept when the step succeeds, dropped when it fails.</param>
/// <param name="Project">The project grain of a project agent's key.</param>
public sealed record StepContext<TState>(string AgentKey, StepCommand Command, TState State, IHiringProject Project)
    where TState : class, ISubAgentState
{
    public string Tenant => GrainKeys.TenantOf(AgentKey);

    /// <summary>The recruiter's supervisor key (tenant/recruiter).</summary>
    public string Recruiter => Command.Recruiter;

    /// <summary>The project the command names (without the tenant), when any.</summary>
    public string? ProjectId => Command.ProjectId;

    /// <summary>What the planner read from the recruiter's message.</summary>
    public RequestSlots Slots => Command.Slots;
}
