using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Reasoning.Understanding.Skills;

/// <summary>
/// The skill a misspelled word meant ("kubernets", "javascirpt", "pyhton"): the one-word form of the
/// vocabulary within one edit (two for words of eight letters or more, a swap of neighbours counting
/// as one), when exactly one skill is that close. Only technical skills (languages, frameworks,
/// databases, cloud, devops, data and ML tools) are corrected, and only words of six letters or more:
/// everyday words sit close to the names of practices ("building" and "billing"), rarely to "kubernetes".
/// A word of nine letters or more one slip from any skill's name is read as it too ("salesforse", "quickbokks"),
/// unless it is a word of the language or a plural or singular of the name.
/// </summary>
public sealed class SkillSpelling
{
    private const int MinLength = 6;
    private static readonly HashSet<string> Technical = new(StringComparer.Ordinal) { "language", "framework", "database", "cloud", "devops", "data", "ml", "tool" };
    private const int LongWord = 8;
    private const int AnySkillLength = 9;
    private readonly Dictionary<char, List<(string Form, SkillEntry Entry, bool Technical)>> _byFirst = [];

    public SkillSpelling(SkillVocabulary vocabulary)
    {
        foreach (var entry in vocabulary.Entries)
        {
            var technical = IsTechnical(entry);
            // Short forms are left alone too: "status" is one letter from "stats", and means what it says.
            foreach (var form in entry.Forms.Select(TokenFold.Key).Where(f => f.Length >= (technical ? MinLength : AnySkillLength - 1) && !f.Contains(' ', StringComparison.Ordinal)).Distinct(StringComparer.Ordinal))
            {
                if (!_byFirst.TryGetValue(form[0], out var list))
                {
                    _byFirst[form[0]] = list = [];
                }

                list.Add((form, entry, technical));
            }
        }
    }

    /// <summary>Whether a skill is a technical one: a language, framework, database, cloud, devops, data or ML tool.</summary>
    public static bool IsTechnical(SkillEntry entry) => Technical.Contains(entry.Category);

    public SkillEntry? Correct(string word)
    {
        var folded = TokenFold.Fold(word);
        if (folded.Length < MinLength || !folded.All(char.IsLetter) || !_byFirst.TryGetValue(folded[0], out var candidates))
        {
            return null;
        }

        var allowed = folded.Length >= LongWord ? 2 : 1;
        // Two edits only inside the word: a real word that ends differently ("communicative") is no typo of "communication".
        var close = candidates
            // A plural is no slip of its last letter: "systems" is not "systemd".
            .Where(c => !(folded[^1] == 's' && c.Form.Length == folded.Length && c.Form[^1] != 's' && c.Form.AsSpan(0, c.Form.Length - 1).SequenceEqual(folded.AsSpan(0, folded.Length - 1))))
            .Where(c => c.Technical || (folded.Length >= AnySkillLength && folded != c.Form + "s" && c.Form != folded + "s" && !KnownWords.Contains(folded)))
            .Where(c => Math.Abs(c.Form.Length - folded.Length) <= allowed && EditDistance.Between(folded, c.Form, allowed) is var d
                && (d <= 1 || (c.Technical && d <= allowed && c.Form[^2..] == folded[^2..])))
            .Select(c => c.Entry)
            .Distinct()
            .Take(2)
            .ToList();
        return close.Count == 1 ? close[0] : null;
    }
}
