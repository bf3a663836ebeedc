namespace Hiring.Contracts.Agents;

/// <summary>Turns requests and job descriptions into a job spec and qualifications (key: tenant/project).</summary>
[Alias("hiring.agents.intake")]
public interface IIntakeAgent : ISubAgent
{
}
