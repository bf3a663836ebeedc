using Hiring.Contracts.Autopilot;

namespace Hiring.Agents.Autopilot;

/// <summary>When a schedule's next run starts, and whether a schedule is one that can run.</summary>
public static class AutopilotCalendar
{
    public const int MaxHours = 168;

    private static readonly TimeOnly DefaultAt = new(2, 0);

    /// <summary>Why <paramref name="schedule"/> cannot run, or null when it can.</summary>
    public static string? Problem(AutopilotSchedule schedule) => schedule.Cadence switch
    {
        AutopilotCadence.EveryHours when schedule.Hours is not (>= 1 and <= MaxHours) => $"Every N hours needs N from 1 to {MaxHours}.",
        AutopilotCadence.Nightly when schedule.TimeZone is { } zone && Zone(zone) is null => $"'{zone}' is not a time zone I know (try an IANA name such as Europe/Berlin).",
        AutopilotCadence.Nightly or AutopilotCadence.EveryHours => null,
        _ => "The cadence is nightly or every N hours.",
    };

    /// <summary>The first start strictly after <paramref name="now"/>.</summary>
    public static DateTimeOffset Next(AutopilotSchedule schedule, DateTimeOffset now)
    {
        if (schedule.Cadence == AutopilotCadence.EveryHours)
        {
            return now.AddHours(schedule.Hours ?? 24);
        }

        var zone = schedule.TimeZone is { } id ? Zone(id) ?? TimeZoneInfo.Utc : TimeZoneInfo.Utc;
        var at = schedule.At ?? DefaultAt;
        var local = TimeZoneInfo.ConvertTime(now, zone);
        for (var day = 0; day <= 2; day++)
        {
            var date = DateOnly.FromDateTime(local.DateTime).AddDays(day);
            var wall = date.ToDateTime(at);
            // A time the clocks skip (spring forward) runs an hour later; a time they repeat runs at its first.
            while (zone.IsInvalidTime(wall))
            {
                wall = wall.AddHours(1);
            }

            var start = new DateTimeOffset(wall, zone.GetUtcOffset(wall));
            if (start > now)
            {
                return start.ToUniversalTime();
            }
        }

        return now.AddDays(1);
    }

    private static TimeZoneInfo? Zone(string id) => TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null;
}
