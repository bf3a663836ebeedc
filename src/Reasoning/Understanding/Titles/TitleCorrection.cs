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
    // The same in the languages the planner reads: "Sous Chef, nicht Köchin", "magasinier et non cariste", "niet als chauffeur".
    [GeneratedRegex(@"\b" + Contrast.Words + @"\s+(?:an?\s+|the\s+|ein(?:e|en)?\s+|(?:un|une|una?|uma?|een|en|ett)\s+|(?:der|die|den|le|la|l['’]|el|il|lo|o|a|de|het)\s*)?(?<words>[\p{L}-]+(?:\s+[\p{L}-]+)?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex Negated();

    public static bool Negates(string text, string openTitle, Func<string, string?> canonical)
    {
        var titleWords = openTitle.ToLowerInvariant().Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        return titleWords.Count > 0 && Negated().Matches(text).Any(match =>
            match.Groups["words"].Value.ToLowerInvariant().Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Any(word => titleWords.Contains(word) || titleWords.Contains(word.TrimEnd('s')))
            || NamesTitle(match.Groups["words"].Value, openTitle, canonical));
    }

    // "nicht Köchin" for a cook: the words negated, or their first, written as the open title in another language.
    private static bool NamesTitle(string words, string openTitle, Func<string, string?> canonical)
    {
        var first = words.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        return string.Equals(canonical(words), openTitle, StringComparison.OrdinalIgnoreCase) || string.Equals(canonical(first), openTitle, StringComparison.OrdinalIgnoreCase);
    }
}
