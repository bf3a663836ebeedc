namespace Hiring.Contracts.Agents;

/// <summary>How a step ended.</summary>
[GenerateSerializer, Alias("hiring.agents.step-report-status")]
public enum StepReportStatus
{
    /// <summary>The step is done; its outcome is recorded and never applied again.</summary>
    Done = 0,

    /// <summary>The agent refused the work: an answer, not a fault, so retrying cannot change it.</summary>
    Refused = 1,

    /// <summary>The step failed and nothing of it was applied; the supervisor may retry it.</summary>
    Failed = 2,
}
