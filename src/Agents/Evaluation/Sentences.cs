namespace Hiring.Agents.Evaluation;

/// <summary>Sentences of profile text, as verbatim substrings, so a quote can be a whole sentence.</summary>
public static class Sentences
{
    /// <summary>The sentence of <paramref name="text"/> that holds position <paramref name="index"/>, trimmed.</summary>
    public static string Around(string text, int index)
    {
        var start = 0;
        for (var i = index - 1; i > 0; i--)
        {
            if (IsEnd(text, i))
            {
                start = i + 1;
                break;
            }
        }

        var end = text.Length;
        for (var i = index; i < text.Length; i++)
        {
            if (IsEnd(text, i))
            {
                end = i + 1;
                break;
            }
        }

        return text[start..end].Trim();
    }

    /// <summary>Every sentence of <paramref name="text"/>, trimmed, empty ones left out.</summary>
    public static IEnumerable<string> Split(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (IsEnd(text, i))
            {
                var sentence = text[start..(i + 1)].Trim();
                if (sentence.Length > 0)
                {
                    yield return sentence;
                }

                start = i + 1;
            }
        }

        var rest = text[start..].Trim();
        if (rest.Length > 0)
        {
            yield return rest;
        }
    }

    // A period inside "Node.js" or "3.5" is not the end of a sentence; one before a space or the end is.
    private static bool IsEnd(string text, int i) =>
        text[i] == '\n' || (text[i] is '.' or '!' or '?' or ';' && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1])));
}
