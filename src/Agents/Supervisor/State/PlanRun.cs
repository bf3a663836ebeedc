using Hiring.Contracts.Planning;

namespace Hiring.Agents.Supervisor.State;

/// <summary>A plan being executed for one inbox message, with each step's state.</summary>
[GenerateSerializer, Alias("hiring.supervisor.plan-run")]
public sealed class PlanRun
{
    [Id(0)]
    public string PlanId { get; set; } = "";

    [Id(1)]
    public long MessageSequence { get; set; }

    [Id(2)]
    public string ClientMessageId { get; set; } = "";

    [Id(3)]
    public string Message { get; set; } = "";

    [Id(4)]
    public string? ProjectId { get; set; }

    [Id(5)]
    public Plan Plan { get; set; } = null!;

    [Id(6)]
    public List<StepRun> Steps { get; set; } = [];

    [Id(7)]
    public PlanRunStatus Status { get; set; }

    /// <summary>True once this message's plan has been replaced after a failure; it is not replaced twice.</summary>
    [Id(8)]
    public bool Replanned { get; set; }

    [Id(9)]
    public DateTimeOffset StartedAt { get; set; }

    /// <summary>Outputs of finished steps, passed to the steps after them.</summary>
    [Id(10)]
    public Dictionary<string, string> Outputs { get; set; } = [];

    /// <summary>The event log's next sequence when the plan was created: none of its events are before it.</summary>
    [Id(11)]
    public long FirstEvent { get; set; }

    /// <summary>
    /// When the plan last spoke before it ended or began to wait for the recruiter: its stretch of conversation
    /// ends then, not when the episode keeper gets to it (by then the recruiter may have said more).
    /// </summary>
    [Id(12)]
    public DateTimeOffset? QuietSince { get; set; }

    /// <summary>The first step that has not finished, or null when all have.</summary>
    public StepRun? NextStep => Steps.FirstOrDefault(s => s.Status is StepRunStatus.Pending or StepRunStatus.Running or StepRunStatus.WaitingApproval);
}
