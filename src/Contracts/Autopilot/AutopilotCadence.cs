namespace Hiring.Contracts.Autopilot;

/// <summary>How often a project's autopilot runs.</summary>
[GenerateSerializer, Alias("hiring.autopilot.cadence")]
public enum AutopilotCadence
{
    /// <summary>Once a day, at a time of the recruiter's day (in their time zone).</summary>
    Nightly = 0,

    /// <summary>Every N hours from when it was turned on.</summary>
    EveryHours = 1,
}
