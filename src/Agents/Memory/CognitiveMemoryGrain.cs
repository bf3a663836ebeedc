using Hiring.Agents.SubAgents;
using Hiring.Storage;
using Hiring.Contracts.Agents;

namespace Hiring.Agents.Memory;

/// <summary>The recruiter's memory (not available yet: it refuses work clearly).</summary>
public sealed class CognitiveMemoryGrain([PersistentState("memory", StorageNames.Hiring)] IPersistentState<PlaceholderState> state)
    : UnavailableAgentGrain(state, "memory"), ICognitiveMemory
{
}
