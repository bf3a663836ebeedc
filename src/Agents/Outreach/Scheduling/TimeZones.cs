namespace Hiring.Agents.Outreach.Scheduling;

/// <summary>
/// IANA time zones, as both the clock (<see cref="TimeZoneInfo"/>) and the invitations (Ical.Net's
/// tz database) know them: a zone one of them lacks, or a Windows name, is not taken.
/// </summary>
public static class TimeZones
{
    /// <summary>The zone named <paramref name="id"/> ("Europe/Berlin"), or null when it is not an IANA zone known here.</summary>
    public static TimeZoneInfo? Find(string? id) =>
        !string.IsNullOrWhiteSpace(id) && id.Length <= 64 && NodaTime.DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) is not null
            && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)
            ? zone
            : null;

    /// <summary>The zone named <paramref name="id"/>; throws when it is unknown (a stored screen or availability names a known one).</summary>
    public static TimeZoneInfo Get(string id) => Find(id) ?? throw new ArgumentException($"'{id}' is not a known IANA time zone.", nameof(id));
}
