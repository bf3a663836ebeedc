using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Reasoning.Understanding.Places;

/// <summary>Short phrases ("in", "based in", "relocate to") found right before or after a position in tokenized text.</summary>
internal sealed class CuePhrases
{
    private readonly string[][] _phrases;

    public CuePhrases(IEnumerable<string> phrases) =>
        _phrases = [.. phrases.Select(p => Tokenizer.Tokenize(p).Select(t => t.Folded).ToArray()).Where(p => p.Length > 0).OrderByDescending(p => p.Length)];

    /// <summary>Tokens of the longest phrase that ends just before <paramref name="end"/>; 0 when none does.</summary>
    public int EndingAt(IReadOnlyList<Token> tokens, int end)
    {
        foreach (var phrase in _phrases)
        {
            var start = end - phrase.Length;
            if (start >= 0 && Matches(tokens, start, phrase))
            {
                return phrase.Length;
            }
        }

        return 0;
    }

    /// <summary>Tokens of the longest phrase that starts at <paramref name="start"/>; 0 when none does.</summary>
    public int StartingAt(IReadOnlyList<Token> tokens, int start)
    {
        foreach (var phrase in _phrases)
        {
            if (start + phrase.Length <= tokens.Count && Matches(tokens, start, phrase))
            {
                return phrase.Length;
            }
        }

        return 0;
    }

    private static bool Matches(IReadOnlyList<Token> tokens, int start, string[] phrase)
    {
        for (var k = 0; k < phrase.Length; k++)
        {
            if (!string.Equals(tokens[start + k].Folded, phrase[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
