namespace Hiring.Agents.Supervisor;

/// <summary>What one executor turn left the plan needing.</summary>
public enum TurnResult
{
    /// <summary>A step finished; run the next.</summary>
    Continue,

    /// <summary>A step waits for the recruiter.</summary>
    WaitForApproval,

    /// <summary>A step failed and is due again later.</summary>
    RetryLater,

    /// <summary>A step is with its agent; its report continues the plan (or a check is due at the turn's time).</summary>
    WaitForAgent,

    /// <summary>Retries are exhausted: replan once, or stop.</summary>
    Replan,

    /// <summary>Every step is done.</summary>
    Completed,

    /// <summary>The plan stopped for good.</summary>
    Failed,
}
