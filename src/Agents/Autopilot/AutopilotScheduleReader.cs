using System.Globalization;
using System.Text.RegularExpressions;
using Hiring.Contracts.Autopilot;
using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Agents.Autopilot;

/// <summary>
/// Reads a schedule from the recruiter's words ("every 6 hours", "nightly at 3am", "at 22:30"):
/// null when they say nothing about when, so the schedule stays as it is. A nightly time is in the
/// recruiter's own time zone when they gave one.
/// </summary>
public sealed class AutopilotScheduleReader
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private readonly AutopilotRules _rules;
    private readonly Regex _everyHours;
    private readonly Regex _hourly;
    private readonly Regex _twice;
    private readonly Regex _at;
    private readonly Regex _midnight;
    private readonly Regex _clock;
    private readonly Regex _evening;

    public AutopilotScheduleReader(AutopilotRules rules)
    {
        _rules = rules;
        var words = rules.Schedule;
        _everyHours = new Regex(words.EveryHours, Options, RegexLimit.Time);
        _hourly = new Regex(words.Hourly, Options, RegexLimit.Time);
        _twice = new Regex(words.TwiceADay, Options, RegexLimit.Time);
        _at = new Regex(words.At, Options, RegexLimit.Time);
        _midnight = new Regex(words.Midnight, Options, RegexLimit.Time);
        _clock = new Regex(words.Clock, Options, RegexLimit.Time);
        _evening = new Regex(words.Evening, Options, RegexLimit.Time);
    }

    public AutopilotSchedule? Read(string? words, string? timeZone)
    {
        if (string.IsNullOrWhiteSpace(words))
        {
            return null;
        }

        if (_everyHours.Match(words) is { Success: true } every && Hours(every.Groups[1].Value) is { } hours)
        {
            return new AutopilotSchedule(AutopilotCadence.EveryHours, Hours: hours);
        }

        if (_hourly.IsMatch(words))
        {
            return new AutopilotSchedule(AutopilotCadence.EveryHours, Hours: 1);
        }

        if (_twice.IsMatch(words))
        {
            return new AutopilotSchedule(AutopilotCadence.EveryHours, Hours: 12);
        }

        return TimeOfDay(words) is { } at ? new AutopilotSchedule(AutopilotCadence.Nightly, at, timeZone) : null;
    }

    private TimeOnly? TimeOfDay(string words)
    {
        if (_midnight.IsMatch(words))
        {
            return new TimeOnly(0, 0);
        }

        var match = _at.Match(words);
        if (!match.Success)
        {
            match = _clock.Match(words);
        }

        if (!match.Success || !int.TryParse(match.Groups[1].Value, CultureInfo.InvariantCulture, out var hour) || hour > 23)
        {
            return null;
        }

        var minute = match.Groups[2].Success && int.TryParse(match.Groups[2].Value, CultureInfo.InvariantCulture, out var m) && m < 60 ? m : 0;
        var meridiem = match.Groups.Count > 3 && match.Groups[3].Success ? match.Groups[3].Value.ToLowerInvariant() : "";
        if (meridiem.StartsWith('p') || (meridiem.Length == 0 && hour is >= 7 and < 12 && _evening.IsMatch(words)))
        {
            hour = hour == 12 ? 12 : hour + 12;
        }
        else if (meridiem.StartsWith('a') && hour == 12)
        {
            hour = 0;
        }

        return hour < 24 ? new TimeOnly(hour, minute) : null;
    }

    private int? Hours(string value) =>
        int.TryParse(value, CultureInfo.InvariantCulture, out var n) ? (n is >= 1 and <= AutopilotCalendar.MaxHours ? n : null)
        : _rules.Numbers.TryGetValue(value.ToLowerInvariant(), out var word) ? word
        : null;
}
