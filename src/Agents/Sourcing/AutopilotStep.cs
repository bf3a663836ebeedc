using Hiring.Agents.SubAgents;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Sourcing;

/// <summary>set-autopilot: planned already, built with the overnight schedule; until then it says so.</summary>
public sealed class AutopilotStep : IStepHandler<SourcingState>
{
    public string Action => PlanActions.SetAutopilot;

    public Task<StepOutcome> RunAsync(StepContext<SourcingState> step, CancellationToken cancellationToken) =>
        throw new AssistantRefusalException(RefusalCodes.NotAvailable, "Autopilot is not available yet.");
}
