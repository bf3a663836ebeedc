using System.Globalization;
using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Reasoning.Understanding.Skills;

/// <summary>
/// How a skill the vocabulary names in lower case is shown: "Go" (a form it is written in only as cased), "IFRS" (a word that
/// is the initials of another of its names: International Financial Reporting Standards), "SQL" (a short word with no vowel),
/// and title case otherwise ("Cold Calling").
/// </summary>
public static class SkillDisplay
{
    private static readonly HashSet<string> Minor = new(["of", "and", "the", "for", "in", "on", "to", "&"], StringComparer.Ordinal);

    public static string Of(SkillEntry? entry, string name)
    {
        if (entry?.CaseSensitiveAliases.FirstOrDefault(a => TokenFold.Key(a) == TokenFold.Key(name)) is { } cased)
        {
            return cased;
        }

        var initials = (entry?.Aliases ?? []).Select(Initials).ToHashSet(StringComparer.Ordinal);
        return string.Join(' ', name.Split(' ').Select(w => IsAcronym(w, initials) ? w.ToUpperInvariant() : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(w)));
    }

    private static bool IsAcronym(string word, HashSet<string> initials) =>
        word.Length >= 2 && word.All(char.IsAsciiLetterLower) && (initials.Contains(word) || (word.Length <= 5 && !word.Any(c => "aeiouy".Contains(c, StringComparison.Ordinal))));

    private static string Initials(string alias) =>
        string.Concat(alias.Split(' ', '-').Where(w => w.Length > 0 && !Minor.Contains(w)).Select(w => w[0]));
}
