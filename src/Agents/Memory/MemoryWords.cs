using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Agents.Memory;

/// <summary>The content words of a text as memory compares them: lower case, accents and punctuation off, a plural's "s" off.</summary>
public sealed partial class MemoryWords(IEnumerable<string> common)
{
    private readonly HashSet<string> _common = [.. common.Select(Stem)];

    /// <summary>The words of the text that are not in <paramref name="frame"/> nor common, stemmed.</summary>
    public IReadOnlyList<string> Content(string text, IReadOnlySet<string>? frame = null) =>
        [.. Split(text).Where(w => frame is null || !frame.Contains(w)).Select(Stem).Where(w => w.Length > 1 && !_common.Contains(w)).Distinct(StringComparer.Ordinal)];

    /// <summary>Every word of the text, lower case without accents, in order.</summary>
    public static IReadOnlyList<string> Split(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        // "GM's" is the GM: a possessive's "s" is not part of the word.
        foreach (var c in Possessive().Replace(text, "").Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '’')
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    /// <summary>A word without its plural ending ("agencies" and "agency" meet as "agenc").</summary>
    public static string Stem(string word) => word switch
    {
        { Length: > 4 } when word.EndsWith("ies", StringComparison.Ordinal) => word[..^3] + "y",
        { Length: > 3 } when word.EndsWith("ss", StringComparison.Ordinal) => word,
        { Length: > 3 } when word.EndsWith('s') => word[..^1],
        _ => word,
    };

    [GeneratedRegex(@"['’]s\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex Possessive();
}
