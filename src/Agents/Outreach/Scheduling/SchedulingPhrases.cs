using System.Globalization;
using System.Text.RegularExpressions;
using Hiring.Reasoning.BuiltIn;
using Hiring.Reasoning.Prompts;

namespace Hiring.Agents.Outreach.Scheduling;

/// <summary>prompts/builtin/scheduling.yaml: the words that name which candidate and when, and what is said about a screen.</summary>
public sealed class SchedulingPhrases
{
    public const string FileName = "scheduling.yaml";
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    public string Version { get; set; } = "";

    public int DefaultMinutes { get; set; } = 30;

    public int MinMinutes { get; set; } = 15;

    public int MaxMinutes { get; set; } = 120;

    public int SlotsOffered { get; set; } = 4;

    public int DefaultDays { get; set; } = 7;

    public Dictionary<string, int> Ordinals { get; set; } = [];

    public List<string> OrdinalPatterns { get; set; } = [];

    public List<string> MinutesPatterns { get; set; } = [];

    public List<string> NextWeekPatterns { get; set; } = [];

    public List<string> ThisWeekPatterns { get; set; } = [];

    public List<string> TomorrowPatterns { get; set; } = [];

    public string WeekdayPattern { get; set; } = "";

    public Dictionary<string, string> Messages { get; set; } = [];

    public Dictionary<string, string> Page { get; set; } = [];

    public static SchedulingPhrases Load(PromptLibrary library) => BuiltInResource.Load<SchedulingPhrases>(library, FileName);

    /// <summary>The message <paramref name="key"/> with each {name} replaced by its value.</summary>
    public string Say(string key, params (string Name, string Value)[] values) => Fill(Messages, "messages", key, values);

    /// <summary>The candidate page's text <paramref name="key"/>.</summary>
    public string PageText(string key, params (string Name, string Value)[] values) => Fill(Page, "page", key, values);

    /// <summary>The position in the ranking the request names ("the second one": 2; "the top candidate": 1), or null.</summary>
    public int? Position(string request)
    {
        var ordinal = string.Join("|", Ordinals.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));
        foreach (var pattern in OrdinalPatterns)
        {
            var match = Regex.Match(request, pattern.Replace("{ordinal}", ordinal, StringComparison.Ordinal), Options);
            if (!match.Success)
            {
                continue;
            }

            return match.Groups["ordinal"].Success ? Ordinals.First(o => string.Equals(o.Key, match.Groups["ordinal"].Value, StringComparison.OrdinalIgnoreCase)).Value
                : match.Groups["number"].Success ? int.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture)
                : 1;
        }

        return null;
    }

    /// <summary>The screen's length the request names, within the bounds, else the default.</summary>
    public int Minutes(string request) =>
        MinutesPatterns.Select(p => Regex.Match(request, p, Options)).FirstOrDefault(m => m.Success) is { } match
        && int.TryParse(match.Groups["minutes"].Value, CultureInfo.InvariantCulture, out var minutes) && minutes >= MinMinutes && minutes <= MaxMinutes
            ? minutes
            : DefaultMinutes;

    /// <summary>The local dates (first and last, inclusive) the request asks for, from <paramref name="today"/> in the recruiter's zone.</summary>
    public (DateOnly From, DateOnly To) Window(string request, DateOnly today)
    {
        if (Any(NextWeekPatterns, request))
        {
            var monday = today.AddDays(7 - (((int)today.DayOfWeek + 6) % 7));
            return (monday, monday.AddDays(6));
        }

        if (Any(ThisWeekPatterns, request))
        {
            return (today, today.AddDays(6 - (((int)today.DayOfWeek + 6) % 7)));
        }

        if (Any(TomorrowPatterns, request))
        {
            return (today.AddDays(1), today.AddDays(1));
        }

        if (WeekdayPattern.Length > 0 && Regex.Match(request, WeekdayPattern, Options) is { Success: true } day
            && Enum.TryParse<DayOfWeek>(day.Groups["day"].Value, ignoreCase: true, out var weekday))
        {
            var next = today.AddDays((((int)weekday - (int)today.DayOfWeek + 6) % 7) + 1);
            return (next, next);
        }

        return (today.AddDays(1), today.AddDays(DefaultDays));
    }

    private static bool Any(List<string> patterns, string request) => patterns.Any(p => Regex.IsMatch(request, p, Options));

    private static string Fill(Dictionary<string, string> texts, string section, string key, (string Name, string Value)[] values) =>
        Placeholders.Fill(
            texts.TryGetValue(key, out var template) ? template : throw new InvalidDataException($"prompts/builtin/{FileName} has no '{section}.{key}'."),
            values);
}
