using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Reasoning.Understanding.Requests;

/// <summary>
/// How a request falls into list items and sentences: separators, line breaks and spaced dashes end a
/// segment (one list item); full stops, semicolons and colons end a sentence.
/// </summary>
public static class ListSegments
{
    public static readonly HashSet<string> Separators = new(StringComparer.Ordinal) { ",", ";", ".", "!", "?", "(", ")", ":", "|", "•", "·", "[", "]", "{", "}", "\"", "*" };

    /// <summary>A separator, or a "+" or "&amp;" that joins list items ("go + kubernetes"; not the "/" of "m/f/d").</summary>
    public static bool IsListMark(Token token) => Separators.Contains(token.Text) || token.Text is "+" or "&";

    public static readonly HashSet<string> SentenceEnds = new(StringComparer.Ordinal) { ".", "!", "?", ";", ":" };

    // Words that may stand between two requirements of a list, or between a title and its requirements.
    public static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
    {
        "and", "or", "&", "+", "/", "with", "w/", "w", "plus", "in", "of", "on", "using", "incl", "including", "like", "such", "as", "also", "both", "either", "nor", "a", "an", "the", "some", "is", "are", "be",
    };

    /// <summary>Segment number of every token: separators, line breaks and spaced dashes end a segment.</summary>
    public static int[] Segments(string text, IReadOnlyList<Token> tokens)
    {
        var segment = new int[tokens.Count];
        var current = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            // A separator closes its segment; the next token opens a new one.
            if (i > 0 && (Separators.Contains(tokens[i - 1].Text) || (!Separators.Contains(tokens[i].Text) && BreaksBetween(text, tokens[i - 1], tokens[i]))))
            {
                current++;
            }

            segment[i] = current;
        }

        return segment;
    }

    // A sentence of at least this many comma-separated items, none longer than MaxItemWords, is a list however long it runs.
    private const int MinListItems = 3;
    private const int MaxItemWords = 7;

    /// <summary>
    /// For every token, how many words its sentence has; for a sentence of short comma-separated items ("support worker in york,
    /// nights, must be able to drive, manual handling training would be a bonus"), how many its longest item has.
    /// </summary>
    public static int[] SentenceWords(IReadOnlyList<Token> tokens)
    {
        var counts = new int[tokens.Count];
        var start = 0;
        for (var i = 0; i <= tokens.Count; i++)
        {
            if (i == tokens.Count || SentenceEnds.Contains(tokens[i].Text))
            {
                var words = 0;
                var items = new List<int> { 0 };
                for (var k = start; k < i; k++)
                {
                    words += tokens[k].Kind == TokenKind.Word ? 1 : 0;
                    if (tokens[k].Text == ",")
                    {
                        items.Add(0);
                    }
                    else if (tokens[k].Kind == TokenKind.Word)
                    {
                        items[^1]++;
                    }
                }

                if (items.Count >= MinListItems && items.Max() <= MaxItemWords)
                {
                    words = items.Max();
                }

                for (var k = start; k < i; k++)
                {
                    counts[k] = words;
                }

                if (i < tokens.Count)
                {
                    counts[i] = words;
                }

                start = i + 1;
            }
        }

        return counts;
    }

    /// <summary>The number of the sentence a token is in.</summary>
    public static int SentenceOf(IReadOnlyList<Token> tokens, int index)
    {
        var sentence = 0;
        for (var i = 0; i < index; i++)
        {
            sentence += SentenceEnds.Contains(tokens[i].Text) ? 1 : 0;
        }

        return sentence;
    }

    // "hr business partner - dublin - 5+ yrs", a new line, " — ": a break between list items.
    private static bool BreaksBetween(string text, Token before, Token after)
    {
        var gap = text.AsSpan(before.End, after.Start - before.End);
        return gap.Contains('\n') || gap.Contains(" - ", StringComparison.Ordinal) || gap.Contains('–') || gap.Contains('—') || gap.Contains(" / ", StringComparison.Ordinal);
    }
}
