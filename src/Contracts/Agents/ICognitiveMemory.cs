namespace Hiring.Contracts.Agents;

/// <summary>A recruiter's memory: facts, preferences, decisions and summaries with provenance (key: tenant/recruiter).</summary>
[Alias("hiring.agents.memory")]
public interface ICognitiveMemory : ISubAgent
{
}
