using Hiring.Contracts.Agents;
using Hiring.Contracts.Planning;

namespace Hiring.Agents.Supervisor.State;

/// <summary>One step of a running plan.</summary>
[GenerateSerializer, Alias("hiring.supervisor.step-run")]
public sealed class StepRun
{
    [Id(0)]
    public int Index { get; set; }

    [Id(1)]
    public PlanStep Step { get; set; } = null!;

    [Id(2)]
    public StepRunStatus Status { get; set; }

    [Id(3)]
    public int Attempts { get; set; }

    /// <summary>Stable for the same work within one message, across retries, restarts and a replan.</summary>
    [Id(4)]
    public string IdempotencyKey { get; set; } = "";

    [Id(5)]
    public string? ApprovalId { get; set; }

    /// <summary>True once the recruiter (or the policy) allowed the step.</summary>
    [Id(6)]
    public bool Approved { get; set; }

    [Id(7)]
    public string? Summary { get; set; }

    [Id(8)]
    public DateTimeOffset? NextAttemptAt { get; set; }

    /// <summary>The inputs the step runs with (the plan's, plus the recruiter's edits).</summary>
    [Id(9)]
    public Dictionary<string, string> Inputs { get; set; } = [];

    [Id(10)]
    public string? LastError { get; set; }

    /// <summary>When the step's agent accepted it (null while it has not): the step runs off the call from then on.</summary>
    [Id(11)]
    public DateTimeOffset? HandedAt { get; set; }

    /// <summary>The agent's report, stored when it arrives and applied on the executor's next turn.</summary>
    [Id(12)]
    public StepReport? Report { get; set; }
}
