using Hiring.Agents.Identity;
using Hiring.Agents.Persistence;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Supervisor;
using Hiring.Storage;

namespace Hiring.Agents.Intake;

/// <summary>
/// The intake agent of a project (key: tenant/project): a durable shell over <see cref="IntakeAgent"/>
/// that applies each step once and returns the first outcome when the supervisor repeats a step.
/// </summary>
public sealed class IntakeAgentGrain(
    [PersistentState(IntakeAgentGrain.StateName, StorageNames.Hiring)] IPersistentState<IntakeState> state,
    IntakeAgent agent) : Grain, IIntakeAgent
{
    public const string StateName = "intake";

    public async Task<StepOutcome> Execute(StepCommand command)
    {
        var key = this.GetPrimaryKeyString();
        TenantContext.EnsureSameTenant(key);
        if (GrainKeys.TenantOf(command.Recruiter) != GrainKeys.TenantOf(key))
        {
            // A step for another tenant's recruiter behaves like an unknown project.
            throw new AssistantRefusalException(RefusalCodes.NotFound, "Not found.");
        }
        if (state.State.Outcomes.TryGetValue(command.IdempotencyKey, out var first))
        {
            return first;
        }

        var outcome = await agent.ExecuteAsync(command);
        state.State.Remember(command.IdempotencyKey, outcome);
        await state.WriteStateAsync();
        return outcome;
    }
}
