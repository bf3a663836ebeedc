using Hiring.Agents.Sourcing.Steps;
using Hiring.Agents.SubAgents;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Sourcing;

/// <summary>set-autopilot: planned already, built with the overnight schedule; until then it says so.</summary>
public sealed class AutopilotStep : StepHandler<SourcingState, SetAutopilotInput, NoStepValues>
{
    public override string Action => PlanActions.SetAutopilot;

    public override Task<StepResult<NoStepValues>> RunAsync(StepContext<SourcingState> step, SetAutopilotInput input, CancellationToken cancellationToken = default) =>
        throw new AssistantRefusalException(RefusalCodes.NotAvailable, "Autopilot is not available yet.");
}
