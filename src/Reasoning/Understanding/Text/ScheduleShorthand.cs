using System.Text.RegularExpressions;

namespace Hiring.Reasoning.Understanding.Text;

/// <summary>
/// "hybrid 2d/wk", "3 days/week in office", "2j/sem": the shorthand of how many days a week someone is in, blanked so
/// none of its pieces is read as a requirement ("2d", "Wk"). The arrangement itself ("hybrid") is read from its own
/// words.
/// </summary>
public static partial class ScheduleShorthand
{
    public static string Blank(string text) =>
        text.Contains('/', StringComparison.Ordinal) ? DaysPerWeek().BlankMatches(text) : text;

    [GeneratedRegex(@"(?<![\p{L}\p{N}])[1-5]\s*(?:d|days?|j|jours?|t|tage?|dias?|días?|dni)\s*/\s*(?:wk|wks|w|week|sem|semaine|semana|woche|wo|tydz|tydzień)\.?(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex DaysPerWeek();
}
