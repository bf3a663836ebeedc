using Orleans.Concurrency;

namespace Hiring.Contracts.Agents;

/// <summary>Learns from recruiter actions and proposes changes for approval (key: tenant/project).</summary>
[Alias("hiring.agents.learning")]
public interface ILearningAgent : ISubAgent
{
    /// <summary>
    /// The project's action log grew: reads the recruiter's decisions again and, when a pattern is
    /// clear and was not offered before, offers the change to the project owner's assistant, which
    /// asks for approval. One-way: the recruiter's move never waits for learning.
    /// </summary>
    [OneWay]
    Task Observe();
}
