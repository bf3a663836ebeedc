using System.Globalization;

namespace Hiring.Reasoning.Understanding.Places;

/// <summary>Reads the gazetteer's tab-separated files: '#' lines are comments, the first other line names the columns.</summary>
internal static class GazetteerTables
{
    /// <summary>cities.tsv: id, name, other_names, region, region_code, country, population, lat, lon.</summary>
    public static List<GazetteerCity> Cities(string text, string source = "cities.tsv")
    {
        // 24,000 rows: numbers are parsed from the line without a string per cell.
        var cities = new List<GazetteerCity>(capacity: 25_000);
        var shared = new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        Span<Range> cells = stackalloc Range[10];
        var header = true;
        var number = 0;
        foreach (var row in text.AsSpan().EnumerateLines())
        {
            number++;
            if (row.IsEmpty || row[0] == '#')
            {
                continue;
            }

            if (row.Split(cells, '\t') != 9)
            {
                throw new InvalidDataException($"{source}: line {number} has {row.Split(cells, '\t')} columns, not 9.");
            }

            if (header)
            {
                header = false;
                continue;
            }

            cities.Add(new GazetteerCity(
                long.Parse(row[cells[0]], CultureInfo.InvariantCulture),
                row[cells[1]].ToString(),
                Split(row[cells[2]].ToString()),
                Shared(shared, row[cells[3]]),
                Shared(shared, row[cells[4]]),
                Shared(shared, row[cells[5]]),
                long.Parse(row[cells[6]], CultureInfo.InvariantCulture),
                double.Parse(row[cells[7]], CultureInfo.InvariantCulture),
                double.Parse(row[cells[8]], CultureInfo.InvariantCulture)));
        }

        return cities;
    }

    /// <summary>countries.tsv: code, name, aliases, demonym; the gazetteer counts populations from its cities.</summary>
    public static List<GazetteerCountry> Countries(string text, string source = "countries.tsv") =>
        [.. Rows(text, source, 4).Select(r => new GazetteerCountry(r[0], r[1], Split(r[2]), r[3], Population: 0))];

    /// <summary>ambiguous.txt: folded name, kind (word, name or skill).</summary>
    public static Dictionary<string, Ambiguity> Ambiguous(string text, string source = "ambiguous.txt") =>
        Rows(text, source, 2).ToDictionary(
            r => r[0],
            r => Enum.TryParse<Ambiguity>(r[1], ignoreCase: true, out var kind) && kind != Ambiguity.None
                ? kind
                : throw new InvalidDataException($"{source}: '{r[0]}' has an unknown kind '{r[1]}' (word, name or skill)."),
            StringComparer.Ordinal);

    private static IEnumerable<string[]> Rows(string text, string source, int columns)
    {
        var header = true;
        var line = 0;
        foreach (var row in text.Split('\n'))
        {
            line++;
            if (row.Length == 0 || row[0] == '#')
            {
                continue;
            }

            var cells = row.TrimEnd('\r').Split('\t');
            if (cells.Length != columns)
            {
                throw new InvalidDataException($"{source}: line {line} has {cells.Length} columns, not {columns}.");
            }

            if (header)
            {
                header = false;
                continue;
            }

            yield return cells;
        }
    }

    // Regions and countries repeat on thousands of rows: one string each.
    private static string Shared(Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> strings, ReadOnlySpan<char> text)
    {
        if (!strings.TryGetValue(text, out var value))
        {
            value = text.ToString();
            strings[text] = value;
        }

        return value;
    }

    private static string[] Split(string names) => names.Length == 0 ? [] : names.Split('|');
}
