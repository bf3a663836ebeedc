using System.Text.RegularExpressions;

namespace Hiring.Agents.Reasoning.Planning;

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
    public IReadOnlyList<string> Find(string text)
    {
        var working = text.ToCharArray();
        var found = new List<(int Index, string Canonical)>();
        foreach (var (canonical, pattern) in _aliases)
        {
            foreach (Match match in pattern.Matches(new string(working)))
            {
                found.Add((match.Index, canonical));
                Array.Fill(working, ' ', match.Index, match.Length);
            }
        }

        return [.. found.OrderBy(f => f.Index).Select(f => f.Canonical).Distinct()];
    }

}
