using Hiring.Agents.SubAgents;
using Hiring.Contracts.Agents;
using Hiring.Storage;

namespace Hiring.Agents.Intake;

/// <summary>The intake agent of a project (key: tenant/project): the one sub-agent shape over intake's handlers.</summary>
public sealed class IntakeAgentGrain(
    [PersistentState(IntakeAgentGrain.StateName, StorageNames.Hiring)] IPersistentState<IntakeState> state,
    IEnumerable<IStepHandler<IntakeState>> handlers) : SubAgentGrain<IntakeState>(state, "intake", handlers), IIntakeAgent
{
    public const string StateName = "intake";
}
