using Hiring.Agents.Agents;
using Hiring.Contracts.Agents;

namespace Hiring.Agents.Outreach;

/// <summary>The outreach agent (not available yet: it refuses work clearly).</summary>
public sealed class OutreachAgentGrain() : UnavailableAgentGrain("outreach"), IOutreachAgent
{
}
