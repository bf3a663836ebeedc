using Hiring.Agents.SubAgents;
using Hiring.Storage;
using Hiring.Contracts.Agents;

namespace Hiring.Agents.Learning;

/// <summary>The learning agent (not available yet: it refuses work clearly).</summary>
public sealed class LearningAgentGrain([PersistentState("learning", StorageNames.Hiring)] IPersistentState<PlaceholderState> state)
    : UnavailableAgentGrain(state, "learning"), ILearningAgent
{
}
