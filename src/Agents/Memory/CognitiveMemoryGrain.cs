using Hiring.Agents.Agents;
using Hiring.Contracts.Agents;

namespace Hiring.Agents.Memory;

/// <summary>The recruiter's memory (not available yet: it refuses work clearly).</summary>
public sealed class CognitiveMemoryGrain() : UnavailableAgentGrain("memory"), ICognitiveMemory
{
}
