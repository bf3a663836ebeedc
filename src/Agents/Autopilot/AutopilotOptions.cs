using Hiring.Contracts.Autopilot;

namespace Hiring.Agents.Autopilot;

/// <summary>Hiring:Autopilot: how runs are cut into batches, how many run at once and what each may spend.</summary>
public sealed class AutopilotOptions
{
    public const string Section = "Hiring:Autopilot";

    /// <summary>Profiles read from the change feed per batch; each batch is one checkpoint.</summary>
    public int BatchSize { get; set; } = 250;

    /// <summary>Batches of all projects run at once on a silo; the rest wait their turn in arrival order.</summary>
    public int Concurrency { get; set; } = 1;

    /// <summary>Evaluations of one batch at once: the other cores stay free for interactive work.</summary>
    public int Parallelism { get; set; } = 1;

    public int MaxCandidates { get; set; } = 50_000;

    public long MaxTokens { get; set; } = 2_000_000;

    public decimal MaxCost { get; set; } = 20m;

    public TimeSpan MaxWallTime { get; set; } = TimeSpan.FromHours(2);

    /// <summary>How often a run cut short by a restart is woken to go on.</summary>
    public TimeSpan WakePeriod { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Finished runs kept per project.</summary>
    public int KeptRuns { get; set; } = 30;

    public AutopilotBudget Budget => new(MaxCandidates, MaxTokens, MaxCost, MaxWallTime);
}
