namespace Hiring.Contracts.Scheduling;

/// <summary>When a recruiter takes screens: weekly windows in an IANA time zone, less the days off.</summary>
/// <param name="TimeZone">The recruiter's IANA time zone ("Europe/Berlin").</param>
/// <param name="Windows">The weekly windows, in that zone.</param>
/// <param name="DaysOff">Dates (in that zone) with no screens, whatever the windows say.</param>
[GenerateSerializer, Immutable, Alias("hiring.scheduling.availability")]
public sealed record RecruiterAvailability(
    [property: Id(0)] string TimeZone,
    [property: Id(1)] IReadOnlyList<AvailabilityWindow> Windows,
    [property: Id(2)] IReadOnlyList<DateOnly> DaysOff);
