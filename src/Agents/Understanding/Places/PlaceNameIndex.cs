using Hiring.Agents.Understanding.Text;

namespace Hiring.Agents.Understanding.Places;

/// <summary>
/// Every written name of every place, folded ("münchen" and "munchen" are one name), gathered into one
/// <see cref="PlaceNames"/> per name, then into a phrase index for finding them in text. Abbreviations of up to
/// three capitals ("US", "LA", "EU") and two-letter city names match only as written, so "us" and "la" stay words.
/// </summary>
internal sealed class PlaceNameIndex(IReadOnlyDictionary<string, Ambiguity> ambiguous)
{
    private readonly Dictionary<string, PlaceNames> _folded = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PlaceNames> _exact = new(StringComparer.Ordinal);

    public PhraseIndex<PlaceNames> Phrases { get; } = new();

    public void Add(string phrase, IGazetteerPlace place)
    {
        // "U.S." is the word "U.S" and a full stop; a phrase never ends on punctuation.
        var tokens = Tokenizer.Tokenize(phrase.Trim().TrimEnd('.'));
        if (tokens.Count == 0)
        {
            return;
        }

        var exact = MatchesAsWritten(phrase, place);
        var key = Key(tokens, exact);
        var names = exact ? _exact : _folded;
        if (!names.TryGetValue(key, out var entry))
        {
            entry = new PlaceNames { Ambiguity = ambiguous.GetValueOrDefault(Key(tokens, exact: false)) };
            names[key] = entry;
        }

        entry.Add(place);
        entry.HasAcronym |= phrase.Any(char.IsLetter) && !phrase.Any(char.IsLower);
    }

    /// <summary>The places a whole phrase names: as written first, then folded.</summary>
    public PlaceNames? Lookup(string phrase)
    {
        var tokens = Tokenizer.Tokenize(phrase.Trim().TrimEnd('.'));
        if (tokens.Count == 0)
        {
            return null;
        }

        return _exact.GetValueOrDefault(Key(tokens, exact: true)) ?? _folded.GetValueOrDefault(Key(tokens, exact: false));
    }

    /// <summary>Sorts every name's places and indexes the names as phrases; call once, after the last <see cref="Add"/>.</summary>
    public void Freeze()
    {
        foreach (var (key, names) in _exact)
        {
            names.Freeze();
            Phrases.Add(key, names, PhraseOptions.CaseSensitive | PhraseOptions.NoPlural);
        }

        foreach (var (key, names) in _folded)
        {
            names.Freeze();
            Phrases.Add(key, names, PhraseOptions.NoPlural);
        }
    }

    private static bool MatchesAsWritten(string phrase, IGazetteerPlace place)
    {
        var letters = phrase.Where(char.IsLetter).ToList();
        return (letters.Count <= 3 && letters.All(char.IsUpper)) || (place is GazetteerCity && letters.Count <= 2);
    }

    private static string Key(IReadOnlyList<Token> tokens, bool exact) =>
        string.Join(' ', tokens.Select(t => exact ? t.Text : t.Folded));
}
