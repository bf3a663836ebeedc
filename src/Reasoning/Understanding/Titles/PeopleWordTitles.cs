namespace Hiring.Reasoning.Understanding.Titles;

/// <summary>
/// "backend folks", "java resources", "frontend peeps": a word for people after the word that names the work is the
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

    private readonly Dictionary<string, string?> _byModifier = new(StringComparer.Ordinal);

    public PeopleWordTitles(TitleVocabulary titles, TitleHeads heads)
    {
        foreach (var entry in titles.Entries.Where(e => e.Source == TitleSource.Product))
        {
            foreach (var form in entry.Aliases.Take(entry.CuratedAliasCount).Prepend(entry.Name))
            {
                var words = form.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length != 2 || !heads.IsHead(words[1], out _))
                {
                    continue;
                }

                // A modifier of two titles names neither: null marks it taken.
                _byModifier[words[0]] = _byModifier.TryGetValue(words[0], out var other) && other != entry.Name ? null : entry.Name;
            }
        }
    }

    /// <summary>The one title written with <paramref name="modifier"/> before a head noun, or null.</summary>
    public string? Title(string modifier) => _byModifier.GetValueOrDefault(modifier);
}
