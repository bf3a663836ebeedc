using Hiring.Agents.Identity;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Planning;

namespace Hiring.Agents.Supervisor;

/// <summary>The product's routing: one grain per agent and project; memory per recruiter.</summary>
public sealed class SubAgentRouter(IGrainFactory grains) : ISubAgentRouter
{
    public ISubAgent Resolve(AgentKind agent, string tenant, string recruiterKey, string projectId)
    {
        var projectKey = GrainKeys.Project(tenant, projectId);
        return agent switch
        {
            AgentKind.Intake => grains.GetGrain<IIntakeAgent>(projectKey),
            AgentKind.Sourcing => grains.GetGrain<ISourcingAgent>(projectKey),
            AgentKind.Evaluation => grains.GetGrain<IEvaluationAgent>(projectKey),
            AgentKind.Outreach => grains.GetGrain<IOutreachAgent>(projectKey),
            AgentKind.Screening => grains.GetGrain<IScreeningAgent>(projectKey),
            AgentKind.Learning => grains.GetGrain<ILearningAgent>(projectKey),
            AgentKind.Memory => grains.GetGrain<ICognitiveMemory>(recruiterKey),
            _ => throw new ArgumentOutOfRangeException(nameof(agent), agent, "The supervisor performs its own steps."),
        };
    }
}
