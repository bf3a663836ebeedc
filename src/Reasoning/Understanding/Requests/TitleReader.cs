using Hiring.Reasoning.Understanding.Text;
using Hiring.Reasoning.Understanding.Titles;

namespace Hiring.Reasoning.Understanding.Requests;

/// <summary>
/// The job title of a request: a title of the vocabulary when one is written ("SRE", "back-end
/// developers", "Java dev" read as "java developer"); else the noun phrase that ends in a title's
/// head noun ("commercial contracts lawyer"), kept in the recruiter's own words (an async caller may
/// replace it with the vocabulary title nearest in meaning: <see cref="RoleRequestReader.ReadAsync"/>).
/// Never a guess from nothing.
/// </summary>
public sealed class TitleReader(TitleVocabulary titles, TitleHeads heads, RequestWords words)
{
    private const int MaxModifiers = 3;

    /// <param name="text">The message.</param>
    /// <param name="tokens">Its tokens.</param>
    /// <param name="skip">Tokens claimed by other readers (places, skills already known not to be titles).</param>
    public TitleReading? Read(string text, IReadOnlyList<Token> tokens, bool[] skip)
    {
        // The most specific title written: the longest, a product title before ESCO's long tail, then the first;
        // a level alone ("Principal") is a title only when nothing else is.
        var fromVocabulary = titles.Find(text, tokens)
            .Where(m => !Overlaps(m.FirstToken, m.TokenCount, skip))
            .OrderBy(m => m.TokenCount == 1 && words.Seniority.IsLevelWord(m.Text) ? 1 : 0)
            .ThenByDescending(m => m.TokenCount)
            .ThenBy(m => m.Value.Source == TitleSource.Product ? 0 : 1)
            .ThenBy(m => m.FirstToken)
            .FirstOrDefault();
        var shortForm = ShortForm(text, tokens, skip);
        if (shortForm is not null && (fromVocabulary is null || shortForm.FirstToken <= fromVocabulary.FirstToken))
        {
            return shortForm;
        }

        if (fromVocabulary is not null)
        {
            return new TitleReading(fromVocabulary.Value.Name, fromVocabulary.Text, TitleOrigin.Vocabulary, fromVocabulary.FirstToken, fromVocabulary.TokenCount);
        }

        var spans = Enumerable.Range(0, tokens.Count).Where(i => skip[i]).Select(i => (tokens[i].Start, tokens[i].Length)).ToList();
        if (heads.TitlePhrase(text, tokens, spans) is not { } phrase)
        {
            return null;
        }

        var (first, count) = TokenSpan(tokens, phrase.Start, phrase.Length);
        var own = Fold(phrase.Value);
        if (titles.Canonical(own) is { } known)
        {
            return new TitleReading(known, phrase.Text, TitleOrigin.Vocabulary, first, count);
        }

        return new TitleReading(own, phrase.Text, TitleOrigin.Phrase, first, count);
    }

    /// <summary>"backend eng", "java dev", "sales mgr": a short form of a head word with the words before it, looked up expanded.</summary>
    private TitleReading? ShortForm(string text, IReadOnlyList<Token> tokens, bool[] skip)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (skip[i] || tokens[i].Kind != TokenKind.Word || !words.IsTitleShortForm(tokens[i].Folded))
            {
                continue;
            }

            var head = words.TitleWord(tokens[i].Folded);
            var first = i;
            while (first > 0 && i - first < MaxModifiers && IsModifier(tokens[first - 1], skip[first - 1]))
            {
                first--;
            }

            // The longest known phrase wins ("backend eng" → "backend engineer"); else the modifiers and the head as the recruiter's words.
            for (var start = first; start <= i; start++)
            {
                var phrase = string.Join(' ', tokens.Skip(start).Take(i - start).Select(t => t.Folded).Append(head));
                if (titles.Canonical(phrase) is { } known)
                {
                    return new TitleReading(known, Written(text, tokens, start, i), TitleOrigin.Vocabulary, start, i - start + 1);
                }
            }

            if (first < i)
            {
                var own = string.Join(' ', tokens.Skip(first).Take(i - first).Select(t => t.Folded).Append(Singular(head)));
                return new TitleReading(own, Written(text, tokens, first, i), TitleOrigin.Phrase, first, i - first + 1);
            }
        }

        return null;
    }

    private bool IsModifier(Token token, bool skipped) =>
        !skipped && token.Kind == TokenKind.Word && !words.Is(WordKind.Function, token.Folded) && !words.Seniority.IsLevelWord(token.Folded)
        && !words.Is(WordKind.MustCue, token.Folded) && !words.Is(WordKind.Condition, token.Folded);

    private static string Singular(string word) => word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1] : word;

    private static string Written(string text, IReadOnlyList<Token> tokens, int first, int last) => text[tokens[first].Start..tokens[last].End];

    private static string Fold(string phrase) => TokenFold.Key(phrase);

    private static bool Overlaps(int first, int count, bool[] skip)
    {
        for (var i = first; i < first + count; i++)
        {
            if (skip[i])
            {
                return true;
            }
        }

        return false;
    }

    private static (int First, int Count) TokenSpan(IReadOnlyList<Token> tokens, int start, int length)
    {
        var first = -1;
        var last = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Start >= start && tokens[i].End <= start + length)
            {
                first = first < 0 ? i : first;
                last = i;
            }
        }

        return first < 0 ? (0, 0) : (first, last - first + 1);
    }
}
