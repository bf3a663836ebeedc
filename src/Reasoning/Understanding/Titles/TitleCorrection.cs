using System.Text.RegularExpressions;
using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Reasoning.Understanding.Titles;

/// <summary>
/// Whether a message puts an open role's title right by naming what it is not: "payroll specialist not manager",
/// "welder, not a fabricator", "a sous chef rather than the line cook". A word of the open title after "not",
/// "instead of" or "rather than" says the title named beside it replaces it.
/// </summary>
public static partial class TitleCorrection
{
    [GeneratedRegex(@"\b(?:not|instead\s+of|rather\s+than)\s+(?:an?\s+|the\s+)?(?<words>[\p{L}-]+(?:\s+[\p{L}-]+)?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex Negated();

    public static bool Negates(string text, string openTitle)
    {
        var titleWords = openTitle.ToLowerInvariant().Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        return titleWords.Count > 0 && Negated().Matches(text).Any(match =>
            match.Groups["words"].Value.ToLowerInvariant().Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Any(word => titleWords.Contains(word) || titleWords.Contains(word.TrimEnd('s'))));
    }
}
