using Hiring.Contracts.Scheduling;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Hiring.Agents.Outreach.Scheduling;

/// <summary>
/// Writes a screen's iCalendar invitation (RFC 5545, iTIP): one VEVENT whose UID is the screen's
/// and whose SEQUENCE is its sequence, so a calendar replaces the earlier one on a move; DTSTART and
/// DTEND in the recruiter's zone (TZID) with that zone's VTIMEZONE; METHOD:REQUEST for a booking or
/// a move, METHOD:CANCEL with STATUS:CANCELLED for a cancellation.
/// </summary>
public static class ScreenInvitation
{
    public const string ProductId = "-//Hiring//Screens//EN";
    public const string UidDomain = "screens.hiring";

    /// <summary>The calendar's UID of a screen.</summary>
    public static string Uid(string screenId) => $"{screenId}@{UidDomain}";

    /// <summary>The invitation of <paramref name="screen"/> as it is (booked: REQUEST; cancelled: CANCEL).</summary>
    public static string Write(Screen screen, string summary, string description, DateTimeOffset stamp)
    {
        if (screen.Start is not { } start)
        {
            throw new ArgumentException($"Screen {screen.Id} has no start to invite to.", nameof(screen));
        }

        var zone = TimeZones.Get(screen.TimeZone);
        var cancelled = screen.Status == ScreenStatus.Cancelled;
        var calendar = new Calendar { ProductId = ProductId, Method = cancelled ? "CANCEL" : "REQUEST" };
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(screen.TimeZone, start.UtcDateTime.AddDays(-1), includeHistoricalData: false));
        calendar.Events.Add(new CalendarEvent
        {
            Uid = Uid(screen.Id),
            Sequence = screen.Sequence,
            DtStamp = new CalDateTime(stamp.UtcDateTime, true),
            DtStart = Local(start, zone, screen.TimeZone),
            DtEnd = Local(start.AddMinutes(screen.Minutes), zone, screen.TimeZone),
            Summary = summary,
            Description = description,
            Status = cancelled ? "CANCELLED" : "CONFIRMED",
        });
        return new CalendarSerializer().SerializeToString(calendar) ?? throw new InvalidOperationException($"Ical.Net wrote no invitation for screen {screen.Id}.");
    }

    private static CalDateTime Local(DateTimeOffset instant, TimeZoneInfo zone, string zoneId) =>
        new(DateTime.SpecifyKind(TimeZoneInfo.ConvertTime(instant, zone).DateTime, DateTimeKind.Unspecified), zoneId, true);
}
