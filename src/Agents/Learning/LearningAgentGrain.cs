using Hiring.Agents.Agents;
using Hiring.Contracts.Agents;

namespace Hiring.Agents.Learning;

/// <summary>The learning agent (not available yet: it refuses work clearly).</summary>
public sealed class LearningAgentGrain() : UnavailableAgentGrain("learning"), ILearningAgent
{
}
