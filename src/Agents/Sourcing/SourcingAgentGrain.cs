using Hiring.Agents.Agents;
using Hiring.Contracts.Agents;

namespace Hiring.Agents.Sourcing;

/// <summary>The sourcing agent (not available yet: it refuses work clearly).</summary>
public sealed class SourcingAgentGrain() : UnavailableAgentGrain("sourcing"), ISourcingAgent
{
}
