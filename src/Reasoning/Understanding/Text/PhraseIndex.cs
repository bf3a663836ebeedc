namespace Hiring.Reasoning.Understanding.Text;

/// <summary>
/// Finds known phrases (titles, skills, places) in tokenized text by dictionary look-up of token
/// n-grams, longest first from left to right, never overlapping. Phrases are tokenized and folded
/// like the text, so "Front-End Developers" finds "frontend developer"'s alias "front end
/// developer", and "München" finds "munchen". Scales to tens of thousands of phrases: each position
/// costs at most <see cref="MaxWords"/> look-ups.
/// </summary>
public sealed class PhraseIndex<T>
    where T : class
{
    private readonly Dictionary<string, Entry> _folded = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entry> _exact = new(StringComparer.Ordinal);

    public int Count => _folded.Count + _exact.Count;

    /// <summary>The most tokens any phrase has.</summary>
    public int MaxWords { get; private set; }

    /// <summary>Adds a phrase; the first value added for a phrase wins. Returns false when the phrase was already there or is empty.</summary>
    public bool Add(string phrase, T value, PhraseOptions options = PhraseOptions.None) => Add(Tokenizer.Tokenize(phrase), value, options);

    /// <summary>Adds a phrase already tokenized, for callers that tokenized it to group their values.</summary>
    public bool Add(IReadOnlyList<Token> tokens, T value, PhraseOptions options = PhraseOptions.None)
    {
        if (tokens.Count == 0)
        {
            return false;
        }

        var caseSensitive = options.HasFlag(PhraseOptions.CaseSensitive);
        var key = Join(tokens, 0, tokens.Count, folded: !caseSensitive);
        var added = (caseSensitive ? _exact : _folded).TryAdd(key, new Entry(value, !options.HasFlag(PhraseOptions.NoPlural)));
        if (added)
        {
            MaxWords = Math.Max(MaxWords, tokens.Count);
        }

        return added;
    }

    /// <summary>The value of a whole phrase (folded, or as written for case-sensitive phrases); singular forms are tried for a plural.</summary>
    public bool TryGet(string phrase, out T value)
    {
        var tokens = Tokenizer.Tokenize(phrase);
        if (tokens.Count > 0 && Lookup(tokens, 0, tokens.Count) is { } found)
        {
            value = found;
            return true;
        }

        value = default!;
        return false;
    }

    public IReadOnlyList<PhraseMatch<T>> FindAll(string text, IReadOnlyList<Token> tokens)
    {
        var matches = new List<PhraseMatch<T>>();
        var i = 0;
        while (i < tokens.Count)
        {
            var longest = Math.Min(MaxWords, tokens.Count - i);
            PhraseMatch<T>? found = null;
            for (var n = longest; n >= 1 && found is null; n--)
            {
                if (Lookup(tokens, i, n) is { } value)
                {
                    var start = tokens[i].Start;
                    var end = tokens[i + n - 1].End;
                    found = new PhraseMatch<T>(value, i, n, start, end - start, text[start..end]);
                }
            }

            if (found is null)
            {
                i++;
                continue;
            }

            matches.Add(found);
            i += found.TokenCount;
        }

        return matches;
    }

    public IReadOnlyList<PhraseMatch<T>> FindAll(string text) => FindAll(text, Tokenizer.Tokenize(text));

    private T? Lookup(IReadOnlyList<Token> tokens, int first, int count)
    {
        if (tokens[first].Kind == TokenKind.Symbol || tokens[first + count - 1].Kind == TokenKind.Symbol)
        {
            // A phrase never starts or ends on punctuation ("c / c++" is fine, "/ c++" is not).
            return default;
        }

        var exact = Join(tokens, first, count, folded: false);
        if (_exact.TryGetValue(exact, out var entry))
        {
            return entry.Value;
        }

        var folded = Join(tokens, first, count, folded: true);
        if (_folded.TryGetValue(folded, out entry))
        {
            return entry.Value;
        }

        var last = tokens[first + count - 1];
        foreach (var singular in Singulars(last))
        {
            var stem = count == 1 ? singular : $"{Join(tokens, first, count - 1, folded: true)} {singular}";
            if (_folded.TryGetValue(stem, out entry) && entry.AllowPlural)
            {
                return entry.Value;
            }

            if (singular.Length == last.Text.Length - 1)
            {
                // As written, only the plain plural: "AEs" finds "AE".
                var stemExact = count == 1 ? last.Text[..^1] : $"{Join(tokens, first, count - 1, folded: false)} {last.Text[..^1]}";
                if (_exact.TryGetValue(stemExact, out entry) && entry.AllowPlural)
                {
                    return entry.Value;
                }
            }
        }

        return default;
    }

    private static string Join(IReadOnlyList<Token> tokens, int first, int count, bool folded)
    {
        if (count == 1)
        {
            return folded ? tokens[first].Folded : tokens[first].Text;
        }

        var parts = new string[count];
        for (var k = 0; k < count; k++)
        {
            parts[k] = folded ? tokens[first + k].Folded : tokens[first + k].Text;
        }

        return string.Join(' ', parts);
    }

    /// <summary>Singular candidates of a plural word: "companies" → "company", "nurses" → "nurs", "nurse".</summary>
    private static IEnumerable<string> Singulars(Token token)
    {
        var word = token.Folded;
        if (token.Kind != TokenKind.Word || word.Length < 3 || word.Length != token.Text.Length)
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

    private sealed record Entry(T Value, bool AllowPlural);
}
