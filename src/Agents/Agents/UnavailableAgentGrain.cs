using Hiring.Agents.Identity;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Agents;

/// <summary>
/// A sub-agent whose feature has not landed yet: it exists with its interface so plans route to it,
/// and refuses work clearly instead of pretending.
/// </summary>
public abstract class UnavailableAgentGrain(string agentName) : Grain, ISubAgent
{
    public Task<StepOutcome> Execute(StepCommand command)
    {
        TenantContext.EnsureSameTenant(this.GetPrimaryKeyString());
        throw new AssistantRefusalException(RefusalCodes.NotAvailable, $"The {agentName} agent is not available yet, so I can't '{command.Action}'.");
    }
}
