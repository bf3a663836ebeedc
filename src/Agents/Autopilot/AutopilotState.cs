using Hiring.Contracts.Autopilot;

namespace Hiring.Agents.Autopilot;

/// <summary>
/// A project's autopilot, durable: its schedule, where the change feed stands, the run in progress
/// (checkpointed after every batch) and the latest finished runs, and applicants waiting to be
/// evaluated. The state is written after each batch is applied to the project, so a restart goes
/// on from the last batch, and the project's batch keys make applying one again harmless.
/// </summary>
[GenerateSerializer, Alias("hiring.autopilot.state")]
public sealed class AutopilotState
{
    [Id(0)]
    public bool Enabled { get; set; }

    [Id(1)]
    public AutopilotSchedule Schedule { get; set; } = AutopilotSchedule.Nightly;

    [Id(2)]
    public DateTimeOffset? NextRunAt { get; set; }

    [Id(3)]
    public string? ChangedBy { get; set; }

    [Id(4)]
    public DateTimeOffset? ChangedAt { get; set; }

    /// <summary>Per pool, the last change of the feed read; empty until the autopilot is first turned on or run.</summary>
    [Id(5)]
    public Dictionary<string, long> Cursors { get; set; } = [];

    /// <summary>Runs started so far (the next run's number follows).</summary>
    [Id(6)]
    public int RunCount { get; set; }

    /// <summary>The run in progress, as of its last checkpoint.</summary>
    [Id(7)]
    public AutopilotRun? Current { get; set; }

    /// <summary>Model use recorded for the project when the current batch began (the usage ledger counts per project).</summary>
    [Id(8)]
    public AutopilotUse UseAtBatchStart { get; set; } = new();

    /// <summary>Finished runs, oldest first.</summary>
    [Id(9)]
    public List<AutopilotRun> Runs { get; set; } = [];

    /// <summary>Applicants stored but not yet evaluated, in arrival order.</summary>
    [Id(10)]
    public List<string> Applicants { get; set; } = [];

    public bool HasWork => Current is not null || Applicants.Count > 0;
}
