using Hiring.Agents.SubAgents;
using Hiring.Storage;
using Hiring.Contracts.Agents;

namespace Hiring.Agents.Screening;

/// <summary>The screening agent (not available yet: it refuses work clearly).</summary>
public sealed class ScreeningAgentGrain([PersistentState("screening", StorageNames.Hiring)] IPersistentState<PlaceholderState> state)
    : UnavailableAgentGrain(state, "screening"), IScreeningAgent
{
}
