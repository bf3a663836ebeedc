using System.Text.RegularExpressions;
using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Agents.Memory;

/// <summary>
/// Which old name a correction's new name takes the place of when several could: the one whose clause says the same of it
/// ("c'est M. Garnier qui valide les offres" for "c'est Mme Delorme qui valide les offres maintenant").
/// </summary>
public static partial class MemoryCorrection
{
    /// <summary>
    /// Of the names a memory holds, the one in the clause that shares the most words with the clause the correction says the new name
    /// in ("o contacto é o Rui Pereira" for "o contacto … agora é a Sofia Mendes"), the names both say aside (a long word counts as
    /// shared with one that opens alike: "kontakten" of "kontaktperson"); null when none or several do.
    /// </summary>
    private static string? SameClause(string old, string said, List<string> names, string fresh)
    {
        var topic = Names(said).Where(n => Mentions(old, n)).SelectMany(n => n.Split(' ')).Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        HashSet<string> Words(string clause) =>
            [.. ClauseWord().Matches(clause).Select(m => m.Value).Where(w => w.Length >= 3 || (w.Length == 2 && w.All(char.IsUpper)))
                .Select(w => w.ToLowerInvariant()).Where(w => !topic.Contains(w) && !ClauseStopWords.Contains(w))];
        var saidClause = ClauseBreak().Split(said).FirstOrDefault(c => c.Contains(fresh, StringComparison.Ordinal)) ?? said;
        var wanted = Words(saidClause.Replace(fresh, " ", StringComparison.Ordinal));
        var clauses = ClauseBreak().Split(old);
        var scored = names.Select(n => (Name: n, Shared: clauses.Where(c => c.Contains(n, StringComparison.Ordinal))
                .Select(c => Words(c.Replace(n, " ", StringComparison.Ordinal)).Count(w => wanted.Any(v => Alike(v, w)))).DefaultIfEmpty(0).Max()))
            .OrderByDescending(x => x.Shared).ToList();
        return scored is [var best, ..] && best.Shared > 0 && (scored.Count == 1 || scored[1].Shared < best.Shared) ? best.Name : null;
    }

    /// <summary>The fewest letters two words of clauses share at their start to say the same ("kontakten" of "kontaktperson", "contacto" of "contact").</summary>
    private const int SharedStem = 6;

    /// <summary>Whether two words of clauses say the same: the same word, or two long words that open alike.</summary>
    private static bool Alike(string a, string b) =>
        a == b || (a.Length >= SharedStem && b.Length >= SharedStem && string.CompareOrdinal(a, 0, b, 0, SharedStem) == 0);

    private static readonly HashSet<string> ClauseStopWords = new(StringComparer.Ordinal)
    {
        "the", "and", "for", "now", "is", "are", "was", "c'est", "est", "qui", "les", "des", "une", "que", "con", "por", "para", "las", "los", "das", "der", "die",
        "und", "het", "een", "voor", "van", "ist", "jetzt", "agora", "ahora", "maintenant", "teraz", "nu", "nou", "adesso", "ora", "nos", "nas", "dos", "del",
    };

    // A clause of a memory or a correction: split at punctuation, a dash, or a word that joins two statements ("and", "e", "et", "und").
    [GeneratedRegex(@"\s*(?:[,;:\n()]|\s[-–—]\s|\b(?:and|but|e|et|y|und|en|i|og|och|oraz|ed|mais|aber|pero|ma|maar)\b)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"[\p{L}\d%'’]+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex ClauseWord();

    /// <summary>Whether the correction says the name is now someone ("Aoife Byrne is the QA HM now", "Ida är den nya kontakten").</summary>
    private static bool IsNowThe(string said, string name) =>
        Regex.IsMatch(said, $@"\b{Regex.Escape(name)}\s+(?:is|ist|est|es|é|er|är|jest|wordt|becomes)\s+(?:(?:now|nu|jetzt|maintenant|ahora|agora|teraz)\s+)?(?:the|our|their|de|het|der|die|den|le|la|el|o|a|nasz|nasza)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimit.Time);
}
