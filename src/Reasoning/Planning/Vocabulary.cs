using System.Text;
using System.Text.RegularExpressions;

namespace Hiring.Reasoning.Planning;

/// <summary>
/// Canonical terms with aliases, matched on whole words, longest alias first; a matched span is
/// blanked so a shorter alias inside it ("engineer" in "data engineer") does not match again.
/// </summary>
public sealed class Vocabulary
{
    private readonly (string Canonical, Regex Pattern)[] _aliases;

    public Vocabulary(IReadOnlyDictionary<string, List<string>> terms, bool allowPlural, bool ignoreCase)
    {
        var plural = allowPlural ? "(?:s|es)?" : string.Empty;
        var options = RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
        _aliases =
        [
            .. terms
                .SelectMany(t => t.Value.Append(t.Key).Distinct().Select(alias => (Canonical: t.Key, Alias: alias)))
                .Where(a => a.Alias.Length > 0)
                .OrderByDescending(a => a.Alias.Length)
                .ThenBy(a => a.Alias, StringComparer.Ordinal)
                .Select(a => (a.Canonical, new Regex($@"(?<![\p{{L}}\p{{N}}#+]){Regex.Escape(a.Alias)}{plural}(?![\p{{L}}\p{{N}}#+])", options))),
        ];
    }

    /// <summary>Canonical terms found in <paramref name="text"/>, in the order they appear, each once.</summary>
    public IReadOnlyList<string> Find(string text) => [.. Scan(text).Select(m => m.Canonical).Distinct()];

    /// <summary><paramref name="text"/> with every term replaced by <paramref name="placeholder"/>.</summary>
    public string Mask(string text, string placeholder)
    {
        var masked = new StringBuilder(text.Length);
        var position = 0;
        foreach (var (index, length, _) in Scan(text))
        {
            masked.Append(text, position, index - position).Append(placeholder);
            position = index + length;
        }

        return masked.Append(text, position, text.Length - position).ToString();
    }

    private List<(int Index, int Length, string Canonical)> Scan(string text)
    {
        var working = text.ToCharArray();
        var found = new List<(int Index, int Length, string Canonical)>();
        foreach (var (canonical, pattern) in _aliases)
        {
            foreach (Match match in pattern.Matches(new string(working)))
            {
                found.Add((match.Index, match.Length, canonical));
                Array.Fill(working, ' ', match.Index, match.Length);
            }
        }

        found.Sort((a, b) => a.Index.CompareTo(b.Index));
        return found;
    }
}
