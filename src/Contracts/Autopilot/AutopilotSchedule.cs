namespace Hiring.Contracts.Autopilot;

/// <summary>When a project's autopilot runs.</summary>
/// <param name="Cadence">Nightly, or every <paramref name="Hours"/> hours.</param>
/// <param name="At">For Nightly: the local time of day it starts (02:00 when not said).</param>
/// <param name="TimeZone">For Nightly: the IANA or Windows time zone of <paramref name="At"/> (UTC when not said).</param>
/// <param name="Hours">For EveryHours: 1 to 168.</param>
[GenerateSerializer, Immutable, Alias("hiring.autopilot.schedule")]
public sealed record AutopilotSchedule(
    [property: Id(0)] AutopilotCadence Cadence,
    [property: Id(1)] TimeOnly? At = null,
    [property: Id(2)] string? TimeZone = null,
    [property: Id(3)] int? Hours = null)
{
    /// <summary>The default: nightly at 02:00 UTC.</summary>
    public static AutopilotSchedule Nightly { get; } = new(AutopilotCadence.Nightly, new TimeOnly(2, 0));
}
