namespace Hiring.Reasoning.Understanding.Titles;

/// <summary>
/// prompts/builtin/vocabulary/esco-titles.tsv, written by scripts/data/derive-esco-titles.py:
/// "#" comment lines, a header row, then one title a line: canonical, family, aliases separated by "|".
/// </summary>
public static class EscoTitlesFile
{
    public const string FileName = "vocabulary/esco-titles.tsv";

    private const string Header = "canonical\tfamily\taliases";

    /// <summary>The rows of the file; a malformed line fails with its number.</summary>
    public static List<TitlesFileEntry> Parse(string text, string source = FileName)
    {
        var entries = new List<TitlesFileEntry>();
        var number = 0;
        foreach (var line in text.Split('\n'))
        {
            number++;
            var row = line.TrimEnd('\r');
            if (row.Length == 0 || row.StartsWith('#') || row == Header)
            {
                continue;
            }

            var columns = row.Split('\t');
            if (columns.Length != 3 || columns[0].Length == 0)
            {
                throw new InvalidDataException($"{source}: line {number} has {columns.Length} columns; expected canonical, family, aliases.");
            }

            entries.Add(new TitlesFileEntry
            {
                Name = columns[0],
                Family = columns[1],
                Aliases = [.. columns[2].Split('|', StringSplitOptions.RemoveEmptyEntries)],
            });
        }

        return entries;
    }
}
