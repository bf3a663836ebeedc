using Hiring.Agents.Agents;
using Hiring.Contracts.Agents;

namespace Hiring.Agents.Screening;

/// <summary>The screening agent (not available yet: it refuses work clearly).</summary>
public sealed class ScreeningAgentGrain() : UnavailableAgentGrain("screening"), IScreeningAgent
{
}
