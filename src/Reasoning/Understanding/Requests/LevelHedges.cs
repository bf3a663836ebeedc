using System.Text.RegularExpressions;
using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Reasoning.Understanding.Requests;

/// <summary>
/// "senior-ish", "mid ish level", "staffish": a level hedged with "-ish" is that level. The hedge is blanked (the
/// text keeps its length, so every reader's offsets still hold), so it is neither a requirement ("Ish") nor hides
/// the level word; "-ish" after any other word ("English", "7ish") is left as written.
/// </summary>
public static partial class LevelHedges
{
    public static string Blank(string text, SeniorityReader levels)
    {
        if (!text.Contains("ish", StringComparison.OrdinalIgnoreCase))
        {
            return text;
        }

        return Hedge().Replace(text, m => levels.IsLevelWord(m.Groups["level"].Value.ToLowerInvariant())
            ? m.Groups["level"].Value + new string(' ', m.Groups["hedge"].Length)
            : m.Value);
    }

    [GeneratedRegex(@"\b(?<level>\p{L}+?)(?<hedge>\s*-\s*ish|\s+ish|ish)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex Hedge();
}
