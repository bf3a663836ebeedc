using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Reasoning.Understanding.Places;

/// <summary>
/// Reads a big city's name past one typing slip ("manchster", "Barcleona", "Frankfrut"): a word of six letters or
/// more that names no place is read as the one city of at least <see cref="MinPopulation"/> people whose name (any
/// of its one-word names) is one edit away and starts with the same letter; two such cities, or none, and it stays
/// a word. The place reader still asks for evidence before it takes the city (a cue or a segment of its own).
/// </summary>
public sealed class PlaceSpelling
{
    public const long MinPopulation = 250_000;
    private const int MinLength = 6;

    private readonly Dictionary<(int Length, char First), List<string>> _byLength = [];

    public PlaceSpelling(IEnumerable<GazetteerCity> cities)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var city in cities.Where(c => c.Population >= MinPopulation))
        {
            foreach (var name in city.AllNames)
            {
                var tokens = Tokenizer.Tokenize(name);
                if (tokens.Count == 1 && tokens[0].Folded.Length >= MinLength && tokens[0].Folded.All(char.IsAsciiLetterLower))
                {
                    names.Add(tokens[0].Folded);
                }
            }
        }

        foreach (var name in names)
        {
            if (!_byLength.TryGetValue((name.Length, name[0]), out var list))
            {
                _byLength[(name.Length, name[0])] = list = [];
            }

            list.Add(name);
        }
    }

    /// <summary>The city name a misspelled word meant, or null when it is too short, unlike any or like two.</summary>
    public string? Meant(string folded)
    {
        if (folded.Length < MinLength || !folded.All(char.IsAsciiLetterLower))
        {
            return null;
        }

        string? meant = null;
        for (var length = folded.Length - 1; length <= folded.Length + 1; length++)
        {
            foreach (var name in _byLength.GetValueOrDefault((length, folded[0])) ?? [])
            {
                if (name != folded && EditDistance.Between(folded, name, 1) == 1)
                {
                    if (meant is not null)
                    {
                        return null;
                    }

                    meant = name;
                }
            }
        }

        return meant;
    }
}
