using Hiring.Agents.SubAgents;
using Hiring.Contracts.Agents;
using Hiring.Storage;

namespace Hiring.Agents.Outreach;

/// <summary>
/// The outreach agent of a project (key: tenant/project): the one sub-agent shape over outreach's
/// handlers (draft-message, send-message). A silo wired without AddOutreach has none, and refuses clearly.
/// </summary>
public sealed class OutreachAgentGrain(
    [PersistentState(OutreachAgentGrain.StateName, StorageNames.Hiring)] IPersistentState<OutreachState> state,
    IEnumerable<IStepHandler<OutreachState>> handlers) : SubAgentGrain<OutreachState>(state, "outreach", handlers), IOutreachAgent
{
    public const string StateName = "outreach";
}
