using Hiring.Agents.Evaluation;

namespace Hiring.Agents.Intake.Faq;

/// <summary>
/// A job text as statements: headings ("## The team", "Interview process:", "BENEFITS", a known
/// heading on its own line) set the section; list items and "Label: value" lines are one statement
/// each; prose is split into sentences.
/// </summary>
public static class JobStatements
{
    private const int LabelWords = 4;
    private const int HeadingWords = 7;
    private const int BareHeadingWords = 5;
    private static readonly char[] Bullets = ['-', '*', '•', '·', '–', '+', '>'];
    private static readonly char[] Marks = ['#', '*', '_', ' '];
    private static readonly char[] Punctuation = ['.', '!', '?', ',', ';'];

    public static IEnumerable<JobStatement> Read(string text, Func<string, bool> isKnownHeading)
    {
        string? heading = null;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var bare = line.Trim(Marks).Trim();
            var numbered = Numbered(line);
            var item = numbered > 0 || (Bullets.Contains(line[0]) && !line.StartsWith("**", StringComparison.Ordinal));
            if (!item && IsHeading(line, bare, isKnownHeading))
            {
                heading = bare.TrimEnd(':').Trim(Marks).Trim();
                continue;
            }

            var content = numbered > 0 ? line[numbered..].Trim() : item ? line.TrimStart(Bullets).Trim() : bare;
            var colon = content.IndexOf(':', StringComparison.Ordinal);
            var label = colon > 0 && colon < content.Length - 1 && Words(content[..colon]) <= LabelWords ? content[..colon].Trim(Marks).Trim() : null;
            if (item || label is not null)
            {
                yield return new JobStatement(content, heading, label, item);
                continue;
            }

            foreach (var sentence in Sentences.Split(content))
            {
                yield return new JobStatement(sentence, heading, null, false);
            }
        }
    }

    private static bool IsHeading(string line, string bare, Func<string, bool> isKnownHeading)
    {
        if (bare.Length == 0)
        {
            return false;
        }

        if (line.StartsWith('#') || (bare.EndsWith(':') && Words(bare) <= HeadingWords))
        {
            return true;
        }

        if (Words(bare) > BareHeadingWords || bare.IndexOfAny(Punctuation) >= 0)
        {
            return false;
        }

        return line.StartsWith("**", StringComparison.Ordinal)
            || (bare.Any(char.IsLetter) && bare.Where(char.IsLetter).All(char.IsUpper))
            || isKnownHeading(bare.ToLowerInvariant());
    }

    // "1. Intro call" and "2) Case study" are list items: the length of the numbering, else 0.
    private static int Numbered(string line)
    {
        var digits = 0;
        while (digits < line.Length && char.IsDigit(line[digits]))
        {
            digits++;
        }

        return digits is > 0 and < 3 && digits + 1 < line.Length && line[digits] is '.' or ')' && line[digits + 1] == ' ' ? digits + 1 : 0;
    }

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
