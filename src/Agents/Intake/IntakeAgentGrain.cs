using Hiring.Agents.Agents;
using Hiring.Contracts.Agents;

namespace Hiring.Agents.Intake;

/// <summary>The intake agent (not available yet: it refuses work clearly).</summary>
public sealed class IntakeAgentGrain() : UnavailableAgentGrain("intake"), IIntakeAgent
{
}
