namespace Hiring.Agents.Evaluation;

/// <summary>
/// Fluency written beside a spoken language ("German (Native speaker)", "Fluent in German", "Polish: C2")
/// or asked for ("Fluent German"): the rank of the longest fluency phrase of evaluation.yaml's list.
/// </summary>
public static class LanguageFluency
{
    /// <summary>The fluency phrase and rank in <paramref name="text"/>, or ("", 0) when it states none.</summary>
    public static (string Phrase, int Rank) In(EvaluationRules rules, string text)
    {
        var words = $" {string.Join(' ', text.ToLowerInvariant().Split(NonWord, StringSplitOptions.RemoveEmptyEntries))} ";
        var best = (Phrase: "", Rank: 0);
        foreach (var (phrase, rank) in rules.LanguageLevels)
        {
            if (words.Contains($" {phrase} ", StringComparison.Ordinal)
                && (phrase.Length > best.Phrase.Length || (phrase.Length == best.Phrase.Length && rank > best.Rank)))
            {
                best = (phrase, rank);
            }
        }

        return best;
    }

    /// <summary>The list item holding the mention at <paramref name="at"/>: between the separators of a list (",", ";", ":", " and ", a full stop, a line break).</summary>
    public static string ItemAround(string text, int at, int length)
    {
        var start = 0;
        for (var i = at - 1; i >= 0; i--)
        {
            if (text[i] is ',' or ';' or ':' or '\n' || EndsSentence(text, i) || EndsWith(text, i, " and "))
            {
                start = i + 1;
                break;
            }
        }

        var end = text.Length;
        for (var i = at + length; i < text.Length; i++)
        {
            if (text[i] is ',' or ';' or '\n' || EndsSentence(text, i) || StartsWith(text, i, " and "))
            {
                end = i;
                break;
            }
        }

        return text[start..end];
    }

    private static readonly char[] NonWord = [.. Enumerable.Range(0, 128).Select(c => (char)c).Where(c => !char.IsLetterOrDigit(c))];

    private static bool EndsSentence(string text, int i) => text[i] is '.' && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]));

    private static bool EndsWith(string text, int i, string word) =>
        i - word.Length + 1 >= 0 && string.Compare(text, i - word.Length + 1, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0;

    private static bool StartsWith(string text, int i, string word) =>
        i + word.Length <= text.Length && string.Compare(text, i, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0;
}
