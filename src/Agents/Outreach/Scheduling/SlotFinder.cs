using Hiring.Contracts.Scheduling;

namespace Hiring.Agents.Outreach.Scheduling;

/// <summary>
/// Finds screen slots in a recruiter's weekly windows: each window is cut into back-to-back slots in
/// the recruiter's zone (so 14:00 stays 14:00 across a daylight-saving change), a local time the
/// change skips is left out, slots that have started or overlap a busy interval are skipped, and the
/// ones offered are spread over the days (the first free slot of each day, then the second, …).
/// </summary>
public static class SlotFinder
{
    /// <summary>Up to <paramref name="count"/> slot starts (UTC), in time order.</summary>
    /// <param name="availability">The recruiter's windows and zone.</param>
    /// <param name="from">The first local date to look at.</param>
    /// <param name="to">The last local date to look at (inclusive).</param>
    /// <param name="minutes">The length of a slot.</param>
    /// <param name="count">How many to offer at most.</param>
    /// <param name="busy">Intervals already taken (UTC).</param>
    /// <param name="notBefore">No slot starts before this instant.</param>
    public static IReadOnlyList<DateTimeOffset> Find(
        RecruiterAvailability availability, DateOnly from, DateOnly to, int minutes, int count, IReadOnlyList<(DateTimeOffset Start, DateTimeOffset End)> busy, DateTimeOffset notBefore)
    {
        var zone = TimeZones.Get(availability.TimeZone);
        var length = TimeSpan.FromMinutes(minutes);
        var days = new List<List<DateTimeOffset>>();
        for (var date = from; date <= to; date = date.AddDays(1))
        {
            if (availability.DaysOff.Contains(date))
            {
                continue;
            }

            var free = availability.Windows
                .Where(w => w.Day == date.DayOfWeek)
                .SelectMany(w => Cut(date, w, length))
                .Where(local => !zone.IsInvalidTime(local))
                .Select(local => new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime())
                .Where(start => start >= notBefore && !busy.Any(b => start < b.End && b.Start < start + length))
                .Distinct()
                .Order()
                .ToList();
            if (free.Count > 0)
            {
                days.Add(free);
            }
        }

        var picked = new List<DateTimeOffset>();
        for (var round = 0; picked.Count < count && days.Any(d => d.Count > round); round++)
        {
            picked.AddRange(days.Where(d => d.Count > round).Select(d => d[round]).Take(count - picked.Count));
        }

        return [.. picked.Order()];
    }

    private static IEnumerable<DateTime> Cut(DateOnly date, AvailabilityWindow window, TimeSpan length)
    {
        var end = date.ToDateTime(window.End);
        for (var start = date.ToDateTime(window.Start); start + length <= end; start += length)
        {
            yield return start;
        }
    }
}
