using System.Text.RegularExpressions;

namespace Hiring.Agents.Screening.Summaries;

/// <summary>The sentences of a turn, each exactly as written there (so each is a verbatim quote).</summary>
public static partial class TurnSentences
{
    private const int MaxSentence = 400;

    public static IEnumerable<string> Of(string turn) =>
        Boundary().Split(turn).Select(s => s.Trim()).Where(s => s.Length > 0).Select(s => s.Length <= MaxSentence ? s : s[..MaxSentence].TrimEnd());

    [GeneratedRegex(@"(?<=[.!?])\s+|\n+")]
    private static partial Regex Boundary();
}
