namespace Hiring.Reasoning.Understanding.Titles;

/// <summary>prompts/builtin/vocabulary/title-heads.txt: head nouns, of-heads and stop words of title phrases.</summary>
public static class TitleHeadsFile
{
    public const string FileName = "vocabulary/title-heads.txt";

    /// <summary>Reads the "[heads]", "[of-heads]", "[stop]" and "[kinds]" sections; "#" starts a comment line.</summary>
    public static TitleHeads Parse(string text, IEnumerable<string> seniorityWords, string source = FileName)
    {
        var sections = new Dictionary<string, List<string>>(StringComparer.Ordinal) { ["heads"] = [], ["of-heads"] = [], ["stop"] = [], ["kinds"] = [] };
        List<string>? current = null;
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                current = sections.GetValueOrDefault(line[1..^1])
                    ?? throw new InvalidDataException($"{source}: line {number}: unknown section {line}.");
            }
            else
            {
                (current ?? throw new InvalidDataException($"{source}: line {number}: a word before any section.")).Add(line);
            }
        }

        return new TitleHeads(sections["heads"], sections["of-heads"], sections["stop"], seniorityWords, sections["kinds"]);
    }
}
