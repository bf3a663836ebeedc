namespace Hiring.Agents.SubAgents;

/// <summary>
/// A sub-agent's durable state: whatever the agent keeps about its key, plus the record of its steps
/// in the same row, so a step's changes and its outcome are written together or not at all.
/// </summary>
public interface ISubAgentState
{
    StepRecord Steps { get; set; }
}
