using Hiring.Agents.SubAgents;
using Hiring.Storage;
using Hiring.Contracts.Agents;

namespace Hiring.Agents.Outreach;

/// <summary>The outreach agent (not available yet: it refuses work clearly).</summary>
public sealed class OutreachAgentGrain([PersistentState("outreach", StorageNames.Hiring)] IPersistentState<PlaceholderState> state)
    : UnavailableAgentGrain(state, "outreach"), IOutreachAgent
{
}
