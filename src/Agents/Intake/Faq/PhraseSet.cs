using System.Text.RegularExpressions;
using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Agents.Intake.Faq;

/// <summary>Phrases found case-insensitively as whole words ("pay" in "pay range", not in "payments").</summary>
public sealed class PhraseSet
{
    private readonly Regex? _pattern;

    public PhraseSet(IEnumerable<string> phrases)
    {
        var alternatives = phrases.Where(p => !string.IsNullOrWhiteSpace(p)).OrderByDescending(p => p.Length).Select(p => Regex.Escape(p.Trim())).ToList();
        _pattern = alternatives.Count == 0
            ? null
            : new Regex($@"(?<!\w)(?:{string.Join('|', alternatives).Replace(@"\ ", @"\s+", StringComparison.Ordinal)})(?!\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimit.Time);
    }

    public bool IsIn(string text) => _pattern is not null && _pattern.IsMatch(text);

    /// <summary>Every phrase found in <paramref name="text"/>, as written there.</summary>
    public IEnumerable<string> FoundIn(string text) =>
        _pattern is null ? [] : _pattern.Matches(text).Select(m => m.Value);
}
