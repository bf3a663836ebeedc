using System.Text;
using System.Text.RegularExpressions;
using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Reasoning.Policy;

/// <summary>Applies edits to a message's text and tidies what they leave behind: spaces, punctuation, brackets, "a"/"an".</summary>
internal static partial class EditedText
{
    /// <summary>Edits sorted, overlapping ones joined into one removal.</summary>
    public static List<TextEdit> Merge(IEnumerable<TextEdit> edits)
    {
        var merged = new List<TextEdit>();
        foreach (var edit in edits.OrderBy(e => e.Span.Start).ThenByDescending(e => e.Span.Length))
        {
            if (merged.Count > 0 && merged[^1].Span.End > edit.Span.Start)
            {
                var last = merged[^1];
                merged[^1] = new TextEdit(new TextSpan(last.Span.Start, Math.Max(last.Span.End, edit.Span.End)), "");
            }
            else
            {
                merged.Add(edit);
            }
        }

        return merged;
    }

    /// <summary>The text of a span with the edits inside it applied, fixing "a"/"an" where a word was taken out after one.</summary>
    public static string Apply(string text, TextSpan span, IEnumerable<TextEdit> edits)
    {
        var result = new StringBuilder();
        var position = span.Start;
        foreach (var edit in Merge(edits).Where(e => span.Contains(e.Span)))
        {
            result.Append(text, position, edit.Span.Start - position);
            FixArticle(result, edit.Replacement.Length > 0 ? edit.Replacement : text[edit.Span.End..span.End]);
            result.Append(edit.Replacement);
            position = edit.Span.End;
        }

        result.Append(text, position, span.End - position);
        return result.ToString();
    }

    /// <summary>The spaces, punctuation and empty brackets a removal left behind, tidied.</summary>
    public static string Tidy(string content)
    {
        content = Spaces().Replace(content, " ");
        content = SpaceBeforePunctuation().Replace(content, "$1");
        content = SpaceAfterOpening().Replace(content, "$1");
        content = EmptyBrackets().Replace(content, "");
        content = RepeatedDelimiters().Replace(content, "$1");
        content = DeterminerComma().Replace(content, "$1 ");
        content = DanglingConnector().Replace(content, "");
        content = TrimEnds(content);
        return Spaces().Replace(content, " ");
    }

    /// <summary>Text without delimiters left at its start or end.</summary>
    public static string TrimEnds(string text) => Ends().Replace(text, "");

    /// <summary>The first word of text, after spaces and commas.</summary>
    public static string FirstWord(string text) => NextWord().Match(text).Groups["word"].Value;

    /// <summary>Text with its first letter upper-case.</summary>
    public static string Capitalized(string text)
    {
        var letter = text.IndexOf(text.FirstOrDefault(char.IsLetter));
        return letter >= 0 && char.IsLower(text[letter]) ? text[..letter] + char.ToUpperInvariant(text[letter]) + text[(letter + 1)..] : text;
    }

    private static void FixArticle(StringBuilder result, string next)
    {
        var article = ArticleAtEnd().Match(result.ToString());
        var word = FirstWord(next);
        if (!article.Success || word.Length == 0 || word.All(char.IsUpper))
        {
            return;
        }

        // Acronyms ("an SDR") are left as written; words take "an" before a vowel sound.
        var chosen = IndefiniteArticle.For(word);
        var group = article.Groups["article"];
        result.Remove(group.Index, group.Length).Insert(group.Index, char.IsUpper(group.Value[0]) ? char.ToUpperInvariant(chosen[0]) + chosen[1..] : chosen);
    }

    [GeneratedRegex(@"(?:^|\s)(?<article>an?)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex ArticleAtEnd();

    [GeneratedRegex(@"^[\s,]*(?<word>[\p{L}]+)")]
    private static partial Regex NextWord();

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"[ \t]+([,.;:!?)\]])")]
    private static partial Regex SpaceBeforePunctuation();

    [GeneratedRegex(@"([(\[])[ \t]+")]
    private static partial Regex SpaceAfterOpening();

    [GeneratedRegex(@"\(\s*\)|\[\s*\]")]
    private static partial Regex EmptyBrackets();

    [GeneratedRegex(@"([,;:])(?:\s*[,;:])+")]
    private static partial Regex RepeatedDelimiters();

    [GeneratedRegex(@"\b(a|an|the)\s*,\s*", RegexOptions.IgnoreCase)]
    private static partial Regex DeterminerComma();

    /// <summary>"and"/"or" left with nothing after it, at the end or before a delimiter ("the top 5 and").</summary>
    [GeneratedRegex(@"(?:\s+(?:and|or|but|&))+(?=[\s,;:\-–—]*$)", RegexOptions.IgnoreCase)]
    private static partial Regex DanglingConnector();

    [GeneratedRegex(@"^[\s,;:\-–—]+|[\s,;:\-–—(]+$")]
    private static partial Regex Ends();
}
