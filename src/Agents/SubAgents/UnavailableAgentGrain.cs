namespace Hiring.Agents.SubAgents;

/// <summary>
/// A sub-agent whose feature has not landed yet: it has the one shape with no handlers, so plans
/// route to it and every action is refused clearly as not available. Adding the feature is adding
/// its handlers (and its own state type when it keeps any).
/// </summary>
public abstract class UnavailableAgentGrain(IPersistentState<PlaceholderState> state, string agent)
    : SubAgentGrain<PlaceholderState>(state, agent, [])
{
}
