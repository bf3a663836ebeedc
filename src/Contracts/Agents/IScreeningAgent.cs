namespace Hiring.Contracts.Agents;

/// <summary>Writes screening questions and summarizes transcripts (key: tenant/project).</summary>
[Alias("hiring.agents.screening")]
public interface IScreeningAgent : ISubAgent
{
}
