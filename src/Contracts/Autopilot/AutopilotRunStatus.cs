namespace Hiring.Contracts.Autopilot;

/// <summary>Where a run stands.</summary>
[GenerateSerializer, Alias("hiring.autopilot.run-status")]
public enum AutopilotRunStatus
{
    /// <summary>Working through its batches (resumed from its checkpoint after a restart).</summary>
    Running = 0,

    /// <summary>Read every change there was and finished.</summary>
    Finished = 1,

    /// <summary>Stopped cleanly at its budget; the next run goes on from where it stopped.</summary>
    BudgetReached = 2,

    /// <summary>Stopped on an error it could not get past (the reason says which).</summary>
    Failed = 3,
}
