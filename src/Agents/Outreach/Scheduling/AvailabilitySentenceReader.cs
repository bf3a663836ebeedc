using System.Globalization;
using System.Text.RegularExpressions;
using Hiring.Contracts.Scheduling;
using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Agents.Outreach.Scheduling;

/// <summary>
/// Reads the recruiter's screen availability from what they type ("I take screens Tue and Thu 2-5pm CET",
/// "not on Dec 24", "add Friday 10-11am"): days, hours, a zone and days off, by the words in
/// prompts/builtin/availability.yaml. It never guesses: days without hours, hours without days, "2-5"
/// without am or pm, a one-off date, or times with no zone said or kept come back as one question.
/// </summary>
public sealed class AvailabilitySentenceReader
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private static readonly Regex Iana = new(@"\b[A-Za-z]+(?:/[A-Za-z_\-]+){1,2}\b", RegexOptions.CultureInvariant);
    private static readonly Regex IsoDate = new(@"\b(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})\b", RegexOptions.CultureInvariant);

    private readonly AvailabilityPhrases _phrases;
    private readonly Regex _times;
    private readonly Regex _dayRange;
    private readonly Regex _dayGroup;
    private readonly Regex _day;
    private readonly Regex[] _dates;
    private readonly Regex _abbreviation;
    private readonly Regex _cityTime;

    public AvailabilitySentenceReader(AvailabilityPhrases phrases)
    {
        _phrases = phrases;
        var day = Alternation(phrases.Days.Keys);
        var between = $@"\s*(?:{Alternation(phrases.RangeWords)})\s*";
        _dayRange = new Regex($@"\b(?<from>{day})(?:s|\.)?{between}(?<to>{day})(?:s|\.)?(?!\p{{L}})", Options);
        _dayGroup = new Regex($@"\b(?<group>{Alternation(phrases.DayGroups.Keys)})\b", Options);
        _day = new Regex($@"\b(?<day>{day})(?:s|\.)?(?!\p{{L}})", Options);
        _times = new Regex($@"(?<![\d:.])(?:from\s+)?{Clock("f")}{between}{Clock("t")}(?![\d:])", Options);
        var month = Alternation(phrases.Months.Keys);
        _dates =
        [
            new Regex($@"\b(?<month>{month})[a-z]*\.?\s+(?<day>\d{{1,2}})(?:st|nd|rd|th)?(?![\d:.]|\s*(?:[ap]\.?m|-|–))", Options),
            new Regex($@"\b(?<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<month>{month})[a-z]*\b", Options),
        ];
        _abbreviation = new Regex($@"\b(?<zone>{Alternation(phrases.ZoneAbbreviations.Keys)})\b", RegexOptions.CultureInvariant);
        _cityTime = new Regex(phrases.CityTimePattern, Options);

        string Clock(string p) =>
            $@"(?:(?<{p}n>{Alternation(phrases.NamedTimes.Keys)})|(?<{p}h>\d{{1,2}})(?:[:.](?<{p}m>\d{{2}}))?(?:\s*(?<{p}a>[ap])\.?m\.?(?!\p{{L}}))?)";
    }

    /// <summary>What <paramref name="message"/> says about when the recruiter takes screens, read against what is kept (<paramref name="current"/>) on <paramref name="today"/>.</summary>
    public AvailabilityReading Read(string message, RecruiterAvailability? current, DateOnly today)
    {
        var text = message;
        var saidZone = Zone(ref text);
        var zone = saidZone ?? current?.TimeZone;

        var dates = new List<DateOnly>();
        foreach (var (at, date) in Dates(ref text, today))
        {
            if (!_phrases.DayOffPatterns.Any(p => Regex.IsMatch(text[..at], p, Options)))
            {
                return AvailabilityReading.Ask(_phrases.Say("date_not_off", ("dates", AvailabilityPhrases.Dates([date]))));
            }

            dates.Add(date);
        }

        var ranges = new List<(int At, TimeOnly Start, TimeOnly End)>();
        foreach (Match match in _times.Matches(text))
        {
            var said = match.Value.Trim();
            if (Hours(match) is not { } hours)
            {
                return AvailabilityReading.Ask(_phrases.Say("bare_hour", ("times", said)));
            }

            if (hours.End <= hours.Start)
            {
                return AvailabilityReading.Ask(_phrases.Say("backwards", ("times", said)));
            }

            ranges.Add((match.Index, hours.Start, hours.End));
            text = Blank(text, match);
        }

        var days = Days(text);
        var kept = current ?? new RecruiterAvailability("", [], []);
        if (ranges.Count == 0 && days.Count == 0)
        {
            return dates.Count > 0 && zone is not null
                ? new AvailabilityReading(kept with { TimeZone = zone, DaysOff = [.. kept.DaysOff, .. dates] }, null, DaysOffOnly: true)
                : saidZone is not null && current is not null
                    ? new AvailabilityReading(kept with { TimeZone = saidZone }, null)
                    : AvailabilityReading.Ask(_phrases.Say(dates.Count > 0 ? "no_zone" : "nothing"));
        }

        if (ranges.Count == 0)
        {
            return AvailabilityReading.Ask(_phrases.Say("no_time", ("days", WordList.Join([.. days.SelectMany(d => d.Days).Distinct().Select(d => d.ToString())]))));
        }

        var windows = Pair(ranges, days);
        if (windows is null)
        {
            return AvailabilityReading.Ask(_phrases.Say("no_day", ("times", string.Join(", ", ranges.Select(r => AvailabilityPhrases.Times(r.Start, r.End))))));
        }

        if (zone is null)
        {
            return AvailabilityReading.Ask(_phrases.Say("no_zone"));
        }

        var adds = _phrases.AddPatterns.Any(p => Regex.IsMatch(message, p, Options));
        return new AvailabilityReading(new RecruiterAvailability(zone, [.. adds ? kept.Windows : [], .. windows], [.. kept.DaysOff, .. dates]), null);
    }

    /// <summary>
    /// Each range's days: days said before their hours ("Tue 2-5pm, Fri 10-11am") or, when the message opens with
    /// hours ("9-12 on Mon, 2-5pm on Thu"), after them. Null when some hours have no day.
    /// </summary>
    private static List<AvailabilityWindow>? Pair(List<(int At, TimeOnly Start, TimeOnly End)> ranges, List<(int At, DayOfWeek[] Days)> days)
    {
        if (ranges.Count == 1)
        {
            return days.Count == 0 ? null : [.. days.SelectMany(d => d.Days).Distinct().Select(d => new AvailabilityWindow(d, ranges[0].Start, ranges[0].End))];
        }

        var daysFollow = days.Count > 0 && ranges[0].At < days[0].At;
        var windows = new List<AvailabilityWindow>();
        for (var i = 0; i < ranges.Count; i++)
        {
            var from = daysFollow ? ranges[i].At : i == 0 ? -1 : ranges[i - 1].At;
            var to = daysFollow ? (i + 1 < ranges.Count ? ranges[i + 1].At : int.MaxValue) : ranges[i].At;
            var own = days.Where(d => d.At > from && d.At < to).SelectMany(d => d.Days).Distinct().ToList();
            if (own.Count == 0)
            {
                return null;
            }

            windows.AddRange(own.Select(d => new AvailabilityWindow(d, ranges[i].Start, ranges[i].End)));
        }

        return windows;
    }

    /// <summary>The hours a range names, am or pm carried from the side that says it ("2-5pm": 14:00-17:00; "11-2pm": 11:00-14:00); null for a bare early hour ("2-5").</summary>
    private (TimeOnly Start, TimeOnly End)? Hours(Match match)
    {
        if (Side(match, "f") is not { } start || Side(match, "t") is not { } end)
        {
            return null;
        }

        var (startHour, endHour) = (start, end) switch
        {
            ({ Meridiem: null, Named: false }, { Meridiem: { } m }) => (start.Closest(m, end.Hour24, before: true), end.Hour24),
            ({ Meridiem: { } m }, { Meridiem: null, Named: false }) => (start.Hour24, end.Closest(m, start.Hour24, before: false)),
            _ when start.IsBare(_phrases.EarliestBareHour) || end.IsBare(_phrases.EarliestBareHour) => (-1, -1),
            _ => (start.Hour24, end.Hour24),
        };

        return startHour < 0 ? null : (new TimeOnly(startHour, start.Minute), new TimeOnly(endHour, end.Minute));
    }

    private Clock? Side(Match match, string p)
    {
        if (match.Groups[p + "n"].Success)
        {
            var named = TimeOnly.Parse(_phrases.NamedTimes.First(n => n.Key.Equals(match.Groups[p + "n"].Value, StringComparison.OrdinalIgnoreCase)).Value, CultureInfo.InvariantCulture);
            return new Clock(named.Hour, named.Minute, null, Named: true, Minutes: true);
        }

        var hour = int.Parse(match.Groups[p + "h"].Value, CultureInfo.InvariantCulture);
        var minutes = match.Groups[p + "m"];
        var minute = minutes.Success ? int.Parse(minutes.Value, CultureInfo.InvariantCulture) : 0;
        char? meridiem = match.Groups[p + "a"].Success ? char.ToLowerInvariant(match.Groups[p + "a"].Value[0]) : null;
        return minute > 59 || hour > (meridiem is null ? 23 : 12) || (meridiem is not null && hour == 0) ? null : new Clock(hour, minute, meridiem, Named: false, minutes.Success);
    }

    private List<(int At, DayOfWeek[] Days)> Days(string text)
    {
        var days = new List<(int At, DayOfWeek[] Days)>();
        foreach (Match range in _dayRange.Matches(text))
        {
            var from = _phrases.Days[range.Groups["from"].Value.ToLowerInvariant()];
            var to = _phrases.Days[range.Groups["to"].Value.ToLowerInvariant()];
            days.Add((range.Index, [.. Enumerable.Range(0, (((int)to - (int)from + 7) % 7) + 1).Select(i => (DayOfWeek)(((int)from + i) % 7))]));
            text = Blank(text, range);
        }

        foreach (Match group in _dayGroup.Matches(text))
        {
            days.Add((group.Index, [.. _phrases.DayGroups[group.Groups["group"].Value.ToLowerInvariant()]]));
            text = Blank(text, group);
        }

        days.AddRange(_day.Matches(text).Select(d => (d.Index, new[] { _phrases.Days[d.Groups["day"].Value.ToLowerInvariant()] })));
        return [.. days.OrderBy(d => d.At)];
    }

    /// <summary>The dates the message names, with where each is; the text is left with them blanked so their digits are not read as hours.</summary>
    private List<(int At, DateOnly Date)> Dates(ref string text, DateOnly today)
    {
        var dates = new List<(int At, DateOnly Date)>();
        foreach (var pattern in _dates.Prepend(IsoDate))
        {
            foreach (Match match in pattern.Matches(text))
            {
                var month = int.TryParse(match.Groups["month"].Value, out var number) ? number : _phrases.Months[match.Groups["month"].Value.ToLowerInvariant()];
                var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
                var year = match.Groups["year"].Success ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) : today.Year;
                if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
                {
                    continue;
                }

                var date = new DateOnly(year, month, day);
                dates.Add((match.Index, match.Groups["year"].Success || date >= today ? date : date.AddYears(1)));
                text = Blank(text, match);
            }
        }

        return [.. dates.OrderBy(d => d.At)];
    }

    /// <summary>The IANA zone the message names: an id ("Europe/Berlin"), an abbreviation ("CET"), or "&lt;city&gt; time"; the text is left with it blanked.</summary>
    private string? Zone(ref string text)
    {
        foreach (Match match in Iana.Matches(text))
        {
            if (Known(match.Value) is { } id)
            {
                text = Blank(text, match);
                return id;
            }
        }

        if (_abbreviation.Match(text) is { Success: true } abbreviation)
        {
            text = Blank(text, abbreviation);
            return _phrases.ZoneAbbreviations[abbreviation.Groups["zone"].Value];
        }

        foreach (Match match in _cityTime.Matches(text))
        {
            var words = match.Groups["city"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var take = Math.Min(words.Length, 3); take > 0; take--)
            {
                var city = string.Join('_', words[^take..]);
                if (NodaTime.DateTimeZoneProviders.Tzdb.Ids.FirstOrDefault(id => id.EndsWith("/" + city, StringComparison.OrdinalIgnoreCase)) is { } id && Known(id) is { } known)
                {
                    text = Blank(text, match);
                    return known;
                }
            }
        }

        return null;
    }

    private static string? Known(string id) =>
        NodaTime.DateTimeZoneProviders.Tzdb.Ids.FirstOrDefault(z => z.Equals(id, StringComparison.OrdinalIgnoreCase)) is { } zone && TimeZones.Find(zone) is not null ? zone : null;

    private static string Blank(string text, Match match) => string.Concat(text.AsSpan(0, match.Index), new string(' ', match.Length), text.AsSpan(match.Index + match.Length));

    private static string Alternation(IEnumerable<string> words) => string.Join('|', words.OrderByDescending(w => w.Length).Select(Regex.Escape));

    /// <summary>One side of a range as written: "2", "5pm", "14:30", "noon".</summary>
    private readonly record struct Clock(int Hour, int Minute, char? Meridiem, bool Named, bool Minutes)
    {
        public int Hour24 => Meridiem is { } m ? InMeridiem(Hour, m) : Hour;

        /// <summary>An hour with no minutes and no am or pm, too early to be meant in 24-hour time ("2" in "2-5").</summary>
        public bool IsBare(int earliest) => Meridiem is null && !Named && !Minutes && Hour > 0 && Hour < earliest;

        /// <summary>This hour in the other side's half of the day when that keeps the range in order, else in the other half.</summary>
        public int Closest(char meridiem, int other, bool before) =>
            InMeridiem(Hour, meridiem) is var same && (before ? same < other : same > other) ? same : InMeridiem(Hour, meridiem == 'a' ? 'p' : 'a');

        private static int InMeridiem(int hour, char meridiem) => (hour % 12) + (meridiem == 'p' ? 12 : 0);
    }
}
