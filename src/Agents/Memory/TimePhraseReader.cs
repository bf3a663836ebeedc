using System.Globalization;
using System.Text.RegularExpressions;
using Hiring.Agents.Outreach;
using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Agents.Memory;

/// <summary>
/// Reads the days a question names ("what did we discuss last week?", "on Monday", "yesterday", "in
/// October") with the phrases of prompts/builtin/time-phrases.yaml, and turns them into a period of whole
/// days (UTC) seen from now: a weekday or a month is its most recent run, today's included.
/// </summary>
public sealed class TimePhraseReader
{
    private readonly TimePhrases _phrases;
    private readonly List<(TimePhraseRule Rule, Regex Pattern)> _rules;
    private readonly Dictionary<string, int> _weekdays;
    private readonly Dictionary<string, int> _months;

    public TimePhraseReader(TimePhrases phrases)
    {
        _phrases = phrases;
        _weekdays = Names(phrases.Weekdays, 0);
        _months = Names(phrases.Months, 1);
        _rules = [.. phrases.Phrases.Select(r => (r, new Regex(
            r.Pattern.Replace("{weekdays}", Alternation(_weekdays.Keys), StringComparison.Ordinal).Replace("{months}", Alternation(_months.Keys), StringComparison.Ordinal),
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
            RegexLimit.Time)))];
    }

    /// <summary>The first phrase of the text that names days (by the order of the rules), or null.</summary>
    public TimePhrase? Find(string text)
    {
        foreach (var (rule, pattern) in _rules)
        {
            if (pattern.Match(text) is not { Success: true } match)
            {
                continue;
            }

            var number = rule.Kind switch
            {
                "days_ago" when match.Groups["count"] is { Success: true } count => Count(count.Value),
                "days_ago" => rule.Days,
                "weekday" or "last_week_weekday" => _weekdays[match.Groups["weekday"].Value.ToLowerInvariant()],
                "month" => _months[match.Groups["month"].Value.ToLowerInvariant()],
                _ => 0,
            };
            return new TimePhrase(rule.Kind, number, match.Groups["last"].Success, match.Index, match.Length);
        }

        return null;
    }

    /// <summary>The text without the phrase (so its words are not read as the question's subject).</summary>
    public static string Without(string text, TimePhrase phrase) => text.Remove(phrase.Start, phrase.Length).Insert(phrase.Start, " ");

    /// <summary>The days the phrase names, seen from <paramref name="now"/>.</summary>
    public MemoryPeriod Resolve(TimePhrase phrase, DateTimeOffset now)
    {
        var today = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var month = new DateTimeOffset(today.Year, today.Month, 1, 0, 0, 0, TimeSpan.Zero);
        return phrase.Kind switch
        {
            "today" => Days(today, today.AddDays(1)),
            "yesterday" => Days(today.AddDays(-1), today),
            "days_ago" => Days(today.AddDays(-phrase.Number), today.AddDays(1 - phrase.Number)),
            "recent" => Days(today.AddDays(-_phrases.RecentDays), today.AddDays(1)),
            "this_week" => Days(monday, today.AddDays(1)),
            "last_week" => Days(monday.AddDays(-7), monday),
            "last_week_weekday" => Days(monday.AddDays(phrase.Number - 7), monday.AddDays(phrase.Number - 6)),
            "this_month" => Days(month, today.AddDays(1)),
            "last_month" => Days(month.AddMonths(-1), month),
            "weekday" => Weekday(phrase, today),
            "month" => Month(phrase.Number, today),
            _ => throw new InvalidDataException($"prompts/builtin/{TimePhrases.FileName} names an unknown kind '{phrase.Kind}'."),
        };
    }

    private MemoryPeriod Weekday(TimePhrase phrase, DateTimeOffset today)
    {
        var back = ((((int)today.DayOfWeek + 6) % 7) - phrase.Number + 7) % 7;
        var day = today.AddDays(-(back == 0 && phrase.Last ? 7 : back));
        return Days(day, day.AddDays(1));
    }

    private MemoryPeriod Month(int number, DateTimeOffset today)
    {
        var first = new DateTimeOffset(number <= today.Month ? today.Year : today.Year - 1, number, 1, 0, 0, 0, TimeSpan.Zero);
        return new MemoryPeriod(first, first.AddMonths(1), Say("period_month", ("month", first.ToString("MMMM yyyy", CultureInfo.InvariantCulture))));
    }

    private MemoryPeriod Days(DateTimeOffset from, DateTimeOffset to) =>
        new(from, to, to - from == TimeSpan.FromDays(1)
            ? Say("period_day", ("day", from.ToString("ddd d MMM", CultureInfo.InvariantCulture)))
            : Say("period_span", ("from", from.ToString("d MMM", CultureInfo.InvariantCulture)), ("to", to.AddDays(-1).ToString("d MMM", CultureInfo.InvariantCulture))));

    private string Say(string key, params (string Name, string Value)[] values) =>
        Placeholders.Fill(
            _phrases.Messages.TryGetValue(key, out var template) ? template : throw new InvalidDataException($"prompts/builtin/{TimePhrases.FileName} has no 'messages.{key}'."),
            values);

    private int Count(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : _phrases.Numbers.GetValueOrDefault(text.ToLowerInvariant(), 1);

    private static Dictionary<string, int> Names(List<List<string>> lists, int first)
    {
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < lists.Count; i++)
        {
            foreach (var name in lists[i])
            {
                names[name.ToLowerInvariant()] = i + first;
            }
        }

        return names;
    }

    private static string Alternation(IEnumerable<string> names) => string.Join('|', names.OrderByDescending(n => n.Length).Select(Regex.Escape));
}
