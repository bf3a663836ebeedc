using Hiring.Agents.Privacy;

namespace Hiring.Agents.SubAgents;

/// <summary>
/// A sub-agent's durable state: whatever the agent keeps about its key, plus the record of its steps
/// in the same row, so a step's changes and its outcome are written together or not at all.
/// </summary>
public interface ISubAgentState
{
    StepRecord Steps { get; set; }

    /// <summary>
    /// Removes an erased person from the state; true when anything named them. An agent that keeps
    /// nothing about candidates besides its steps has only its record of steps to redact; one that
    /// keeps more (drafts, feedback) removes that too.
    /// </summary>
    bool EraseCandidate(PlanRedaction redaction) => Steps.Erase(redaction);
}
