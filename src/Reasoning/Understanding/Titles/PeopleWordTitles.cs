namespace Hiring.Reasoning.Understanding.Titles;

/// <summary>
/// "backend folks", "java resources", "frontend peeps", "a backend role": a word for people or for a vacancy after the word that names the work is the
/// title the vocabulary writes with that word and a head noun ("backend engineer"), when it writes exactly one such
/// title. "sales folks" (sales representative, manager, engineer…) and "data people" name no title: the recruiter is
/// asked rather than guessed for. Only the hand-curated titles and their curated aliases count, never ESCO's long tail.
/// </summary>
public sealed class PeopleWordTitles
{
    /// <summary>Words for people that stand where a title's head noun would.</summary>
    public static readonly IReadOnlySet<string> PeopleWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "folks", "folk", "people", "guys", "gals", "peeps", "ppl", "candidates", "profiles", "talent", "resources", "types",
    };

    /// <summary>Words for a vacancy that stand where a title's head noun would ("a backend role", "the frontend opening").</summary>
    public static readonly IReadOnlySet<string> VacancyWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "role", "roles", "opening", "openings", "position", "positions", "vacancy", "vacancies", "req", "reqs", "requisition",
        "hire", "hires", "seat", "seats", "spot",
    };

    /// <summary>
    /// Words that say how, where or when a role is worked, never what the work is: "a local role", "remote folks", "the new
    /// position", "temp people" name no title, even where a title is written with one of them ("local driver").
    /// </summary>
    public static readonly IReadOnlySet<string> DescriptiveWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "local", "remote", "hybrid", "onsite", "offsite", "new", "permanent", "perm", "temp", "temporary", "contract", "freelance",
        "interim", "seasonal", "part", "full", "parttime", "fulltime", "similar", "same", "other", "another", "open", "current",
        "urgent", "key", "internal", "external", "global", "regional", "national", "international", "night", "day", "weekend",
        "evening", "summer", "holiday", "casual", "flexible", "direct", "exciting", "great", "good", "first", "second", "next", "last",
        "level", "grade", "band", "tier", "role", "team", "company", "client", "agency", "office", "site",
    };

    /// <summary>Whether <paramref name="folded"/> stands for the people or the vacancy after the work's word.</summary>
    public static bool StandsForTheRole(string folded) => PeopleWords.Contains(folded) || VacancyWords.Contains(folded);

    private readonly Dictionary<string, string?> _byModifier = new(StringComparer.Ordinal);

    public PeopleWordTitles(TitleVocabulary titles, TitleHeads heads)
    {
        foreach (var entry in titles.Entries.Where(e => e.Source == TitleSource.Product))
        {
            foreach (var form in entry.Aliases.Take(entry.CuratedAliasCount).Prepend(entry.Name))
            {
                var words = form.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length < 2 || !heads.IsHead(words[^1], out _))
                {
                    continue;
                }

                // A modifier of two titles names neither: null marks it taken.
                var modifier = string.Join(' ', words[..^1]);
                _byModifier[modifier] = _byModifier.TryGetValue(modifier, out var other) && other != entry.Name ? null : entry.Name;
            }
        }
    }

    /// <summary>The one title written with <paramref name="modifier"/> (a word, or several: "full stack") before a head noun, or null.</summary>
    public string? Title(string modifier) => DescriptiveWords.Contains(modifier) ? null : _byModifier.GetValueOrDefault(modifier);
}
