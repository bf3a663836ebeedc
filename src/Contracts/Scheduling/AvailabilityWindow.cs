namespace Hiring.Contracts.Scheduling;

/// <summary>A weekly window the recruiter takes screens in, in the recruiter's time zone ("Tuesday 14:00-17:00").</summary>
/// <param name="Day">The day of the week.</param>
/// <param name="Start">The local time the window opens.</param>
/// <param name="End">The local time it closes (after <paramref name="Start"/>, the same day).</param>
[GenerateSerializer, Immutable, Alias("hiring.scheduling.availability-window")]
public sealed record AvailabilityWindow(
    [property: Id(0)] DayOfWeek Day,
    [property: Id(1)] TimeOnly Start,
    [property: Id(2)] TimeOnly End);
