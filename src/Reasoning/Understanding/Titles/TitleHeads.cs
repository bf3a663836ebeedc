using Hiring.Reasoning.Prompts;
using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Reasoning.Understanding.Titles;

/// <summary>
/// The head nouns that make a noun phrase a job title ("engineer", "partner", "hacker"), from
/// prompts/builtin/vocabulary/title-heads.txt, for taking the recruiter's own words as a title
/// when no vocabulary entry matches: "we need a growth hacker" names a "growth hacker".
/// </summary>
public sealed class TitleHeads
{
    // A title is rarely longer than its head and four words before it; a longer run is a list.
    private const int MaxModifiers = 4;

    private readonly HashSet<string> _heads;
    private readonly List<string[]> _ofHeads;
    private readonly HashSet<string> _stop;
    private readonly HashSet<string> _seniority;
    private readonly Dictionary<string, int> _kinds = new(StringComparer.Ordinal);

    // kinds: heads that name one kind of job, a line each, space-separated ("engineer developer dev programmer").
    public TitleHeads(IEnumerable<string> heads, IEnumerable<string> ofHeads, IEnumerable<string> stopWords, IEnumerable<string> seniorityWords, IEnumerable<string>? kinds = null)
    {
        foreach (var (line, kind) in (kinds ?? []).Select((line, kind) => (line, kind)))
        {
            foreach (var head in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                _kinds[TokenFold.Key(head)] = kind;
            }
        }

        _heads = [.. heads.Select(TokenFold.Key).Where(h => h.Length > 0)];
        _ofHeads = [.. ofHeads.Select(h => TokenFold.Key(h).Split(' ')).Where(h => h[0].Length > 0).OrderByDescending(h => h.Length)];
        _stop = [.. stopWords.Select(TokenFold.Key)];
        _seniority = [.. seniorityWords.Select(TokenFold.Key)];
    }

    /// <summary>The heads file of a prompts/ folder; seniority words come from the title vocabulary.</summary>
    public static TitleHeads Load(PromptLibrary library, IEnumerable<string> seniorityWords) =>
        TitleHeadsFile.Parse(library.ReadBuiltIn(TitleHeadsFile.FileName), seniorityWords);

    /// <summary>Whether two heads (as listed) name the same kind of job: the same head, or heads of one line of [kinds].</summary>
    public bool SameKind(string head, string other) =>
        string.Equals(head, other, StringComparison.Ordinal)
        || (_kinds.TryGetValue(head, out var kind) && _kinds.TryGetValue(other, out var otherKind) && kind == otherKind);

    /// <summary>Whether a word, singular or plural, is a head noun; <paramref name="singular"/> is the head as listed.</summary>
    public bool IsHead(string word, out string singular)
    {
        var folded = TokenFold.Fold(word);
        foreach (var candidate in Singulars(folded).Prepend(folded))
        {
            if (_heads.Contains(candidate))
            {
                singular = candidate;
                return true;
            }
        }

        singular = "";
        return false;
    }

    /// <summary>
    /// The best noun phrase of a message that ends in a head noun ("growth hackers" → "growth
    /// hacker"), or runs from an of-head to its complement ("heads of growth" → "head of growth"),
    /// or null. The phrase leaves out what comes before its first word: articles, numbers, verbs
    /// like "need" or "hire", prepositions, seniority words. Tokens inside <paramref name="skip"/>
    /// (character spans of places and skills found by other indexes) are passed over, so "backend
    /// Go engineer" with "Go" skipped is a "backend engineer". The phrase with the most words
    /// wins; among equals, the first.
    /// </summary>
    public PhraseMatch<string>? TitlePhrase(string text, IReadOnlyList<Token> tokens, IReadOnlyCollection<(int Start, int Length)>? skip = null)
    {
        var skipped = new bool[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            skipped[i] = skip?.Any(s => tokens[i].Start < s.Start + s.Length && s.Start < tokens[i].End) == true;
        }

        PhraseMatch<string>? best = null;
        var bestWords = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (skipped[i] || tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }

            if ((OfPhrase(text, tokens, skipped, i) ?? HeadPhrase(text, tokens, skipped, i)) is var (phrase, words) && words > bestWords)
            {
                (best, bestWords) = (phrase, words);
            }
        }

        return best;
    }

    public PhraseMatch<string>? TitlePhrase(string text) => TitlePhrase(text, Tokenizer.Tokenize(text));

    // "head of growth marketing": an of-head ending at i, "of", then modifier words.
    private (PhraseMatch<string>, int)? OfPhrase(string text, IReadOnlyList<Token> tokens, bool[] skipped, int i)
    {
        if (i + 2 >= tokens.Count || tokens[i + 1].Folded != "of" || !IsModifier(tokens, skipped, i + 2))
        {
            return null;
        }

        foreach (var head in _ofHeads)
        {
            var first = i - head.Length + 1;
            if (first < 0 || !Enumerable.Range(0, head.Length).All(k => Matches(tokens[first + k], head[k], last: k == head.Length - 1)))
            {
                continue;
            }

            var end = i + 2;
            while (end + 1 < tokens.Count && end + 1 - (i + 2) < MaxModifiers && IsModifier(tokens, skipped, end + 1))
            {
                end++;
            }

            var complement = Enumerable.Range(i + 2, end - i - 1).Select(k => tokens[k].Folded);
            var value = string.Join(' ', head.Concat(["of"]).Concat(complement));
            return (Match(text, tokens, first, end, value), end - i - 1);
        }

        return null;
    }

    // "growth hacker": modifiers, then a head that no further head continues ("data engineer lead"
    // ends at "lead", but "engineers lead the team" ends at "engineers": a plural is never a modifier).
    private (PhraseMatch<string>, int)? HeadPhrase(string text, IReadOnlyList<Token> tokens, bool[] skipped, int i)
    {
        if (!IsHead(tokens[i].Text, out var singular))
        {
            return null;
        }

        var plural = singular != tokens[i].Folded;
        if (!plural && i + 1 < tokens.Count && !skipped[i + 1] && tokens[i + 1].Kind == TokenKind.Word && IsHead(tokens[i + 1].Text, out _)
            && !_stop.Contains(tokens[i + 1].Folded))
        {
            return null;
        }

        var words = new List<string>();
        var first = i;
        for (var k = i - 1; k >= 0 && words.Count(w => !IsConnector(w)) < MaxModifiers; k--)
        {
            if (skipped[k])
            {
                continue;
            }

            // "ml/ai engineer": a slash or ampersand between two modifiers.
            if (tokens[k].Text is "/" or "&" && first == k + 1 && first < i && IsModifier(tokens, skipped, k - 1))
            {
                words.Insert(0, tokens[k].Text);
                continue;
            }

            if (!IsModifier(tokens, skipped, k) || (IsHead(tokens[k].Text, out var head) && head != tokens[k].Folded))
            {
                break;
            }

            words.Insert(0, tokens[k].Folded);
            first = k;
        }

        if (words.Count > 0 && IsConnector(words[0]))
        {
            words.RemoveAt(0);
        }

        // A seniority word alone ("lead", "associate", "intern") is a level, not a title.
        if (words.Count == 0 && _seniority.Contains(tokens[i].Folded))
        {
            return null;
        }

        var value = string.Join(' ', words.Append(singular)).Replace(" / ", "/", StringComparison.Ordinal).Replace(" & ", "&", StringComparison.Ordinal);
        return (Match(text, tokens, first, i, value), words.Count(w => !IsConnector(w)));
    }

    private bool IsModifier(IReadOnlyList<Token> tokens, bool[] skipped, int k) =>
        k >= 0 && k < tokens.Count && !skipped[k] && tokens[k].Kind == TokenKind.Word
        && !_stop.Contains(tokens[k].Folded) && !_seniority.Contains(tokens[k].Folded);

    private static bool IsConnector(string word) => word is "/" or "&";

    private static bool Matches(Token token, string word, bool last) =>
        token.Folded == word || (last && Singulars(token.Folded).Contains(word));

    private static PhraseMatch<string> Match(string text, IReadOnlyList<Token> tokens, int first, int last, string value)
    {
        var start = tokens[first].Start;
        var end = tokens[last].End;
        return new PhraseMatch<string>(value, first, last - first + 1, start, end - start, text[start..end]);
    }

    // The same singular candidates as PhraseIndex: "companies" → "company", "nurses" → "nurse".
    private static IEnumerable<string> Singulars(string word)
    {
        if (word.Length < 3)
        {
            yield break;
        }

        if (word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4)
        {
            yield return word[..^3] + "y";
        }

        if (word.EndsWith("es", StringComparison.Ordinal))
        {
            yield return word[..^2];
        }

        if (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal))
        {
            yield return word[..^1];
        }
    }
}
