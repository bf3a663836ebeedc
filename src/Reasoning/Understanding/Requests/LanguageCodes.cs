using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Reasoning.Understanding.Requests;

/// <summary>
/// Languages written as their codes ("bilingual EN/JP", "bilingue FR-EN", "DE B2", "English/FR"): a code is the language
/// only in a chain of codes and language names joined by "/", "-" or "+" that a language cue stands right before or after
/// ("bilingual", "fluent", "C1", "nativo"), or that names a language in full; a code alone beside a cue only in capitals. Alone, a code is an everyday word or an
/// abbreviation of something else ("it", "no", "de", "FR" for France).
/// </summary>
public sealed class LanguageCodes(RequestWords words)
{
    private static readonly HashSet<string> Joiners = new(StringComparer.Ordinal) { "/", "-", "+", "&" };

    /// <param name="text">The request.</param>
    /// <param name="tokens">Its tokens.</param>
    /// <param name="taken">Tokens already read as something else.</param>
    /// <param name="languages">Where languages named in full were read.</param>
    public IEnumerable<(int At, string Language)> Find(string text, IReadOnlyList<Token> tokens, bool[] taken, IEnumerable<int> languages)
    {
        var named = languages.ToHashSet();
        var cues = words.Find(WordKind.LanguageCue, text, tokens);
        var cueEnds = cues.Select(c => c.EndToken).ToHashSet();
        var cueStarts = cues.Select(c => c.FirstToken).ToHashSet();
        var i = 0;
        while (i < tokens.Count)
        {
            if (!IsLink(tokens, taken, named, i))
            {
                i++;
                continue;
            }

            // A chain: "EN/JP", "FR-EN", "English/FR".
            var links = new List<int> { i };
            while (Next(text, tokens, links[^1]) is var next and >= 0 && IsLink(tokens, taken, named, next))
            {
                links.Add(next);
            }

            var end = links[^1] + 1;
            // "any language is fine": a code alone beside a cue is the language only in capitals ("bilingual EN", "DE B2").
            var cued = links.Exists(named.Contains)
                || ((cueEnds.Contains(i) || cueStarts.Contains(end)) && (links.Count > 1 || !tokens[i].Text.Any(char.IsLower)));
            foreach (var k in links.Where(k => cued && !named.Contains(k)))
            {
                yield return (k, words.Languages.OfCode(tokens[k].Folded)!);
            }

            i = end;
        }
    }

    // The token a joiner links to the one at a place: after a "/" or "+" token, or a hyphen the tokenizer leaves out ("FR-EN").
    private static int Next(string text, IReadOnlyList<Token> tokens, int at)
    {
        if (at + 2 < tokens.Count && Joiners.Contains(tokens[at + 1].Text))
        {
            return at + 2;
        }

        return at + 1 < tokens.Count && text.AsSpan(tokens[at].End, tokens[at + 1].Start - tokens[at].End).Trim() is "-" or "–" ? at + 1 : -1;
    }

    // A code nothing else read, or a language named in full.
    private bool IsLink(IReadOnlyList<Token> tokens, bool[] taken, HashSet<int> named, int at) =>
        named.Contains(at) || (!taken[at] && tokens[at].Kind == TokenKind.Word && words.Languages.OfCode(tokens[at].Folded) is not null);
}
