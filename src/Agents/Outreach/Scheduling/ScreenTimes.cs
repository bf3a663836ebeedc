using System.Globalization;

namespace Hiring.Agents.Outreach.Scheduling;

/// <summary>How a screen's time reads to people: in the named zone, with its offset ("Tue 8 Dec 2026, 14:00 (UTC+01:00)").</summary>
public static class ScreenTimes
{
    public static string Show(DateTimeOffset instant, string zoneId)
    {
        var local = TimeZoneInfo.ConvertTime(instant, TimeZones.Get(zoneId));
        var offset = local.Offset;
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        return string.Create(CultureInfo.InvariantCulture, $"{local:ddd d MMM yyyy, HH:mm} (UTC{sign}{offset.Duration():hh\\:mm})");
    }

    /// <summary>One line per slot, numbered.</summary>
    public static string List(IEnumerable<DateTimeOffset> slots, string zoneId) =>
        string.Join("\n", slots.Select((s, i) => string.Create(CultureInfo.InvariantCulture, $"{i + 1}. {Show(s, zoneId)}")));
}
