using System.Text.RegularExpressions;
using Hiring.Contracts.Projects;
using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Agents.Screening.Summaries;

/// <summary>
/// The words that show a transcript speaks to a qualification: its subject ("Kubernetes") and, of a
/// subject of several words, each distinctive word of five letters or more ("sepsis" of "Sepsis
/// management"); without a subject, the words of its text that name something (prompts/builtin/
/// screening.yaml's ignore_words are not). A word is matched with its endings ("negotiation" finds
/// "negotiated", "systems" finds "system's"), the words of a term across spaces or hyphens ("on-call",
/// "on call"); a term of three letters or fewer is matched in its own case, so "Go" is not "go".
/// </summary>
public sealed partial class QualificationTerms(ScreeningPhrases phrases)
{
    private const int ShortTerm = 3;
    private const int DistinctiveWord = 5;
    private static readonly string[] Endings = ["ions", "ion", "ing", "es", "ed", "s"];

    public IReadOnlyList<Regex> Of(Qualification qualification)
    {
        var terms = qualification.Subject is { Length: > 0 } subject
            ? [subject, .. Words(subject).Skip(1).Any() ? Words(subject).Where(w => w.Length >= DistinctiveWord && !Ignored(w)) : []]
            : Words(qualification.Text).Where(w => !Ignored(w) && !w.All(char.IsDigit)).ToList();
        return [.. terms.Distinct(StringComparer.OrdinalIgnoreCase).Select(Pattern)];
    }

    /// <summary>Whether any of the terms occurs in the text.</summary>
    public static bool Mentions(IEnumerable<Regex> terms, string text) => terms.Any(t => t.IsMatch(text));

    private bool Ignored(string word) => phrases.IgnoreWords.Contains(word.ToLowerInvariant(), StringComparer.Ordinal);

    private static IEnumerable<string> Words(string text) => Word().Matches(text).Select(m => m.Value);

    private static Regex Pattern(string term)
    {
        var words = Separator().Split(term.Trim()).Where(w => w.Length > 0).Select(WordPattern);
        var options = RegexOptions.CultureInvariant | (term.Length <= ShortTerm ? RegexOptions.None : RegexOptions.IgnoreCase);
        return new Regex($@"(?<![\p{{L}}\p{{N}}]){string.Join(@"[\s-]+", words)}(?![\p{{L}}\p{{N}}])", options, RegexLimit.Time);
    }

    // "negotiation" → "negotiat" and any ending; a word without a known ending takes only a plural or possessive ("Java" is not "JavaScript").
    private static string WordPattern(string word)
    {
        if (word.Length <= ShortTerm || !word.All(char.IsLetter))
        {
            return Regex.Escape(word);
        }

        var ending = Endings.FirstOrDefault(e => word.EndsWith(e, StringComparison.OrdinalIgnoreCase) && word.Length - e.Length >= 4);
        return ending is null
            ? Regex.Escape(word) + "(?:['’]?s|es)?"
            : Regex.Escape(word[..^ending.Length]) + @"[\p{L}'’]*";
    }

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}+#.-]*[\p{L}\p{N}+#]|[\p{L}]")]
    private static partial Regex Word();

    [GeneratedRegex(@"[\s-]+")]
    private static partial Regex Separator();
}
