namespace Hiring.Contracts.Agents;

/// <summary>Drafts and sends messages, follow-ups, FAQ replies and screen scheduling (key: tenant/project).</summary>
[Alias("hiring.agents.outreach")]
public interface IOutreachAgent : ISubAgent
{
}
