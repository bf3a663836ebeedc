namespace Hiring.Contracts.Agents;

/// <summary>Assesses candidates against approved qualifications with quoted evidence (key: tenant/project).</summary>
[Alias("hiring.agents.evaluation")]
public interface IEvaluationAgent : ISubAgent
{
}
