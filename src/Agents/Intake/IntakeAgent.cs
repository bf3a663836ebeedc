using Hiring.Contracts.Agents;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Intake;

/// <summary>The intake agent's actions, routed by name; the grain adds identity and idempotency around it.</summary>
public sealed class IntakeAgent(ProjectCreation creation, QualificationDecision decision, RequirementRefinement refinement)
{
    public Task<StepOutcome> ExecuteAsync(StepCommand command, CancellationToken cancellationToken = default) => command.Action switch
    {
        PlanActions.CreateProject => creation.RunAsync(command, cancellationToken),
        PlanActions.ApplyQualifications => decision.RunAsync(command),
        PlanActions.RefineRequirements => refinement.RunAsync(command),
        _ => throw new AssistantRefusalException(RefusalCodes.Invalid, $"The intake agent cannot '{command.Action}'."),
    };
}
