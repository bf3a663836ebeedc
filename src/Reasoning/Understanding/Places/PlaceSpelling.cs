using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Reasoning.Understanding.Places;

/// <summary>
/// Reads a big city's name past one typing slip ("manchster", "Barcleona", "Frankfrut"): a word of six letters or
/// more that names no place is read as the one city of at least <see cref="MinPopulation"/> people whose name (any
/// of its one-word names) is one edit away and starts with the same letter; two such cities, or none, and it stays
/// a word, and so does a word of the language ("change" is not Changde). A shorter name ("Olso", "Lmia") is read only past two swapped neighbours, which rarely make another word.
/// The place reader still asks for evidence before it takes the city (a cue or a segment of its own).
/// </summary>
public sealed class PlaceSpelling
{
    public const long MinPopulation = 250_000;
    private const int MinLength = 6;
    private const int MinSwappedLength = 4;

    private readonly Dictionary<(int Length, char First), List<(string Name, long City)>> _byLength = [];

    public PlaceSpelling(IEnumerable<GazetteerCity> cities)
    {
        // Each one-word name and the most populous city it names; "copenhagn" is one slip from two of Copenhagen's names.
        var names = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var city in cities.Where(c => c.Population >= MinPopulation).OrderByDescending(c => c.Population))
        {
            foreach (var name in city.AllNames)
            {
                var tokens = Tokenizer.Tokenize(name);
                if (tokens.Count == 1 && tokens[0].Folded.Length >= MinSwappedLength && tokens[0].Folded.All(char.IsAsciiLetterLower))
                {
                    names.TryAdd(tokens[0].Folded, city.Id);
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

    /// <summary>The city name a misspelled word meant, or null when it is too short, unlike any or like two.</summary>
    public string? Meant(string folded)
    {
        if (folded.Length < MinSwappedLength || !folded.All(char.IsAsciiLetterLower) || KnownWords.Contains(folded))
        {
            return null;
        }

        // A short word is compared with names of its own length; a longer one with names of six letters or more.
        var swappedOnly = folded.Length < MinLength;
        (string Name, long City)? meant = null;
        var (shortest, longest) = swappedOnly ? (folded.Length, folded.Length) : (Math.Max(MinLength, folded.Length - 1), folded.Length + 1);
        for (var length = shortest; length <= longest; length++)
        {
            foreach (var (name, city) in _byLength.GetValueOrDefault((length, folded[0])) ?? [])
            {
                if (name != folded && (swappedOnly ? EditDistance.OneSlipApart(folded, name) : EditDistance.Between(folded, name, 1) == 1))
                {
                    if (meant is { } other && other.City != city)
                    {
                        return null;
                    }

                    meant ??= (name, city);
                }
            }
        }

        return meant?.Name;
    }
}
