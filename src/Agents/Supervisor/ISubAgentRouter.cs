using Hiring.Contracts.Agents;
using Hiring.Contracts.Planning;

namespace Hiring.Agents.Supervisor;

/// <summary>Finds the sub-agent grain that performs a step. Tests register one that routes to doubles.</summary>
public interface ISubAgentRouter
{
    ISubAgent Resolve(AgentKind agent, string tenant, string recruiterKey, string projectId);
}
