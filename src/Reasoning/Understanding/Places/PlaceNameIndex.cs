using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Reasoning.Understanding.Places;

/// <summary>
/// Every written name of every place, folded ("münchen" and "munchen" are one name), gathered into one
/// <see cref="PlaceNames"/> per name, then into a phrase index for finding them in text. Abbreviations of up to
/// three capitals ("US", "LA", "EU") and two-letter city names match only as written, so "us" and "la" stay words.
/// </summary>
internal sealed class PlaceNameIndex(IReadOnlyDictionary<string, Ambiguity> ambiguous)
{
    private readonly Dictionary<string, PlaceNames> _folded = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PlaceNames> _exact = new(StringComparer.Ordinal);
    private readonly List<(IReadOnlyList<Token> Tokens, PlaceNames Names, bool Exact)> _phrases = [];

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
        var folded = Key(tokens, exact: false);
        var key = exact ? Key(tokens, exact: true) : folded;
        var names = exact ? _exact : _folded;
        if (!names.TryGetValue(key, out var entry))
        {
            entry = new PlaceNames { Ambiguity = ambiguous.GetValueOrDefault(folded) };
            names[key] = entry;
            _phrases.Add((tokens, entry, exact));
        }

        entry.Add(place);
        entry.HasAcronym |= exact || (phrase.Any(char.IsLetter) && !phrase.Any(char.IsLower));
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
        foreach (var (tokens, names, exact) in _phrases)
        {
            names.Freeze();
            Phrases.Add(tokens, names, exact ? PhraseOptions.CaseSensitive | PhraseOptions.NoPlural : PhraseOptions.NoPlural);
        }

        _phrases.Clear();
    }

    private static bool MatchesAsWritten(string phrase, IGazetteerPlace place)
    {
        var letters = 0;
        var capitals = 0;
        foreach (var c in phrase)
        {
            if (char.IsLetter(c))
            {
                letters++;
                capitals += char.IsUpper(c) ? 1 : 0;
            }
        }

        return (letters <= 3 && capitals == letters) || (place is GazetteerCity && letters <= 2);
    }

    private static string Key(IReadOnlyList<Token> tokens, bool exact)
    {
        if (tokens.Count == 1)
        {
            return exact ? tokens[0].Text : tokens[0].Folded;
        }

        var parts = new string[tokens.Count];
        for (var k = 0; k < parts.Length; k++)
        {
            parts[k] = exact ? tokens[k].Text : tokens[k].Folded;
        }

        return string.Join(' ', parts);
    }
}
