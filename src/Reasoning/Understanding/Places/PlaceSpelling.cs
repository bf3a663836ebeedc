using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Reasoning.Understanding.Places;

/// <summary>
/// Reads a big city's name past typing and dictation slips ("manchster", "Frankfrut", "cincinatti", "edinborough"): a
/// word that names no place is read as a city of at least <see cref="MinPopulation"/> people one of whose one-word names
/// starts with the same letter and is close enough for the word's length: past two swapped neighbours for four or five
/// letters ("Olso", "Lmia"), which rarely make another word; one edit for six letters or more, and when the two sound alike
/// (only vowels and doubled letters differ) two for eight letters or more ("cincinatti") and three for eleven ("edinborough"). The closest wins, then the
/// most populous when it is <see cref="Dominance"/> times the next; two cities as close and as big, or none, and it stays
/// a word, and so does a word of the language ("change" is not Changde). The place reader still asks for a place's
/// position (a cue, a segment of its own) and for a word no vocabulary knows before it takes the city.
/// </summary>
public sealed class PlaceSpelling
{
    public const long MinPopulation = 250_000;
    private const int MinLength = 6;
    private const int MinSwappedLength = 4;
    private const int LongWord = 8;
    private const int VeryLongWord = 11;
    private const int Dominance = 10;

    private readonly Dictionary<(int Length, char First), List<(string Name, GazetteerCity City)>> _byLength = [];

    public PlaceSpelling(IEnumerable<GazetteerCity> cities)
    {
        // Each one-word name and the most populous city it names; "copenhagn" is one slip from two of Copenhagen's names.
        var names = new Dictionary<string, GazetteerCity>(StringComparer.Ordinal);
        foreach (var city in cities.Where(c => c.Population >= MinPopulation).OrderByDescending(c => c.Population))
        {
            foreach (var name in city.AllNames)
            {
                var tokens = Tokenizer.Tokenize(name);
                if (tokens.Count == 1 && tokens[0].Folded.Length >= MinSwappedLength && tokens[0].Folded.All(char.IsAsciiLetterLower))
                {
                    names.TryAdd(tokens[0].Folded, city);
                }
            }
        }

        foreach (var (name, city) in names)
        {
            if (!_byLength.TryGetValue((name.Length, name[0]), out var list))
            {
                _byLength[(name.Length, name[0])] = list = [];
            }

            list.Add((name, city));
        }
    }

    /// <summary>The city name a misspelled word meant, or null when it is too short, unlike any or as like two.</summary>
    public string? Meant(string folded)
    {
        if (folded.Length < MinSwappedLength || !folded.All(char.IsAsciiLetterLower) || KnownWords.Contains(folded))
        {
            return null;
        }

        // A short word is compared with names of its own length; a longer one with names of six letters or more.
        var swappedOnly = folded.Length < MinLength;
        var allowed = folded.Length >= VeryLongWord ? 3 : folded.Length >= LongWord ? 2 : 1;
        var (shortest, longest) = swappedOnly ? (folded.Length, folded.Length) : (Math.Max(MinLength, folded.Length - allowed), folded.Length + allowed);
        var close = new List<(string Name, GazetteerCity City, int Distance)>();
        for (var length = shortest; length <= longest; length++)
        {
            foreach (var (name, city) in _byLength.GetValueOrDefault((length, folded[0])) ?? [])
            {
                var distance = swappedOnly ? (EditDistance.OneSlipApart(folded, name) ? 1 : int.MaxValue) : Distance(folded, name, allowed);
                if (name != folded && distance <= allowed)
                {
                    close.Add((name, city, distance));
                }
            }
        }

        var nearest = close.Count == 0 ? 0 : close.Min(c => c.Distance);
        var ranked = close.Where(c => c.Distance == nearest).DistinctBy(c => c.City.Id).OrderByDescending(c => c.City.Population).ToList();
        return ranked.Count switch
        {
            0 => null,
            1 => ranked[0].Name,
            _ => ranked[0].City.Population >= ranked[1].City.Population * Dominance ? ranked[0].Name : null,
        };
    }

    // One edit; up to three in a long word that sounds like the name: a second edit that changes a consonant makes
    // other words too often ("handyman" is no Handan, "stockroom" no Stockholm).
    private static int Distance(string word, string name, int allowed)
    {
        var distance = EditDistance.Between(word, name, allowed);
        return distance <= 1 || (distance <= allowed && SoundsAlike(word, name)) ? distance : int.MaxValue;
    }

    /// <summary>Whether two words differ only in vowels and doubled letters: "edinborough" and "edinburgh", "cincinatti" and "cincinnati".</summary>
    public static bool SoundsAlike(string a, string b) => Consonants(a) == Consonants(b);

    private static string Consonants(string word)
    {
        var kept = new System.Text.StringBuilder(word.Length);
        foreach (var c in word)
        {
            if ("aeiouy".Contains(c, StringComparison.Ordinal) || (kept.Length > 0 && kept[^1] == c))
            {
                continue;
            }

            kept.Append(c);
        }

        return kept.ToString();
    }
}
