namespace Hiring.Contracts.Agents;

/// <summary>Generates queries, runs searches and the overnight schedule (key: tenant/project).</summary>
[Alias("hiring.agents.sourcing")]
public interface ISourcingAgent : ISubAgent
{
}
