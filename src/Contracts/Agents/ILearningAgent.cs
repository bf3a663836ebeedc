namespace Hiring.Contracts.Agents;

/// <summary>Learns from recruiter actions and proposes changes for approval (key: tenant/project).</summary>
[Alias("hiring.agents.learning")]
public interface ILearningAgent : ISubAgent
{
}
