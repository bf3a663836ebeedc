using Hiring.Agents.SubAgents;
using Hiring.Contracts.Agents;
using Hiring.Storage;

namespace Hiring.Agents.Sourcing;

/// <summary>
/// The sourcing agent of a project (key: tenant/project): the one sub-agent shape over sourcing's
/// handlers. A silo wired without the talent index and AddSourcing has none, and refuses clearly.
/// </summary>
public sealed class SourcingAgentGrain(
    [PersistentState("sourcing", StorageNames.Hiring)] IPersistentState<SourcingState> state,
    IEnumerable<IStepHandler<SourcingState>> handlers) : SubAgentGrain<SourcingState>(state, "sourcing", handlers), ISourcingAgent
{
}
