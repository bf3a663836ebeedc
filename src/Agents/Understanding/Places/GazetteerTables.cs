using System.Globalization;

namespace Hiring.Agents.Understanding.Places;

/// <summary>Reads the gazetteer's tab-separated files: '#' lines are comments, the first other line names the columns.</summary>
public static class GazetteerTables
{
    /// <summary>cities.tsv: id, name, other_names, region, region_code, country, population, lat, lon.</summary>
    public static List<GazetteerCity> Cities(string text, string source = "cities.tsv") =>
        [.. Rows(text, source, 9).Select(r => new GazetteerCity(
            long.Parse(r[0], CultureInfo.InvariantCulture),
            r[1],
            Split(r[2]),
            r[3],
            r[4],
            r[5],
            long.Parse(r[6], CultureInfo.InvariantCulture),
            double.Parse(r[7], CultureInfo.InvariantCulture),
            double.Parse(r[8], CultureInfo.InvariantCulture)))];

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

    private static string[] Split(string names) => names.Length == 0 ? [] : names.Split('|');
}
