using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Reasoning.Understanding.Requests;

/// <summary>Titles written in a Polish sentence's cases: an English title with a Polish noun's ending, a Polish adjectival title declined.</summary>
public sealed partial class TitleReader
{
    // Polish case endings an English title's last word takes: "Developera", "Developerem", "Developerowi", "Developerów".
    private static readonly string[] CaseEndings = ["owi", "ow", "em", "a"];

    /// <summary>
    /// "szukamy Senior Frontend Developera", "dla Project Managera", "z Data Engineerem": an English title written in a Polish
    /// sentence takes the case ending of a Polish noun on its head word; the title is the one the vocabulary has without it.
    /// </summary>
    private TitleReading? WithCaseEnding(string text, IReadOnlyList<Token> tokens, bool[] skip)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var folded = tokens[i].Folded;
            var ending = CaseEndings.FirstOrDefault(e => folded.Length > e.Length + 4 && folded.EndsWith(e, StringComparison.Ordinal));
            var stem = ending is null ? "" : folded[..^ending.Length];
            if (skip[i] || tokens[i].Kind != TokenKind.Word || ending is null || !heads.IsHead(stem, out _))
            {
                continue;
            }

            // The longest title that ends in the head: "senior frontend developer" is a frontend engineer at a level.
            if (EndingAt(text, tokens, skip, i, MaxModifiers, k => k == i ? stem : tokens[k].Folded) is { } title)
            {
                return title;
            }
        }

        return null;
    }

    // Polish adjectival titles' oblique endings, folded ("księgowej", "głównego", "z księgową" folds to its nominative already).
    private static readonly (string Ending, string Nominative)[] AdjectiveCases = [("ego", "y"), ("emu", "y"), ("ej", "a"), ("ym", "y")];

    /// <summary>
    /// "Szukamy księgowej", "do głównego księgowego": a Polish title that is an adjective used as a noun takes the case its
    /// verb or preposition asks for; the title is the vocabulary's in the nominative, of one word or two.
    /// </summary>
    private TitleReading? WithAdjectiveCase(string text, IReadOnlyList<Token> tokens, bool[] skip)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (skip[i] || tokens[i].Kind != TokenKind.Word || Nominative(tokens[i].Folded) == tokens[i].Folded)
            {
                continue;
            }

            if (EndingAt(text, tokens, skip, i, 1, k => Nominative(tokens[k].Folded)) is { } title)
            {
                return title;
            }
        }

        return null;
    }

    /// <summary>The longest title of the vocabulary that ends at a token, of up to <paramref name="before"/> words before it, each word in the form given.</summary>
    private TitleReading? EndingAt(string text, IReadOnlyList<Token> tokens, bool[] skip, int end, int before, Func<int, string> form)
    {
        for (var start = Math.Max(0, end - before); start <= end; start++)
        {
            if (Enumerable.Range(start, end - start).Any(k => skip[k] || tokens[k].Kind != TokenKind.Word))
            {
                continue;
            }

            if (titles.Canonical(string.Join(' ', Enumerable.Range(start, end - start + 1).Select(form))) is { } canonical)
            {
                return new TitleReading(canonical, Written(text, tokens, start, end), TitleOrigin.Vocabulary, start, end - start + 1);
            }
        }

        return null;
    }

    private static string Nominative(string folded) =>
        AdjectiveCases.FirstOrDefault(c => folded.Length > c.Ending.Length + 4 && folded.EndsWith(c.Ending, StringComparison.Ordinal)) is { Ending: not null } found
            ? folded[..^found.Ending.Length] + found.Nominative
            : folded;
}
