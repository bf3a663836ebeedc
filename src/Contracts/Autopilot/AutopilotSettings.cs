namespace Hiring.Contracts.Autopilot;

/// <summary>A project's autopilot as it stands.</summary>
/// <param name="Enabled">Whether scheduled runs happen.</param>
/// <param name="Schedule">When they happen.</param>
/// <param name="Budget">What each run may spend.</param>
/// <param name="NextRunAt">When the next scheduled run starts (null when off).</param>
/// <param name="ChangedBy">Who last turned it on, off or changed it.</param>
/// <param name="ChangedAt">When.</param>
[GenerateSerializer, Immutable, Alias("hiring.autopilot.settings")]
public sealed record AutopilotSettings(
    [property: Id(0)] bool Enabled,
    [property: Id(1)] AutopilotSchedule Schedule,
    [property: Id(2)] AutopilotBudget Budget,
    [property: Id(3)] DateTimeOffset? NextRunAt,
    [property: Id(4)] string? ChangedBy,
    [property: Id(5)] DateTimeOffset? ChangedAt);
