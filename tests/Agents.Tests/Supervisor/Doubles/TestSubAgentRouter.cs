using Hiring.Agents.Identity;
using Hiring.Agents.Supervisor;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Planning;

namespace Hiring.Agents.Tests.Supervisor.Doubles;

/// <summary>Routes every step to a scripted double, one per agent and project, as the product routes to real agents.</summary>
public sealed class TestSubAgentRouter(IGrainFactory grains) : ISubAgentRouter
{
    public ISubAgent Resolve(AgentKind agent, string tenant, string recruiterKey, string projectId) =>
        grains.GetGrain<IScriptedAgent>($"{GrainKeys.Project(tenant, projectId)}#{agent}");
}
