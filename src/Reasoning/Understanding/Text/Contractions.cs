using System.Text.RegularExpressions;

namespace Hiring.Reasoning.Understanding.Text;

/// <summary>
/// "German's no longer required", "Kafka's optional", "mandarin's more of a bonus": an "'s" that stands for "is" before what a requirement is
/// said to be, blanked so the name reads alone.
/// </summary>
public static partial class Contractions
{
    public static string BlankIs(string text) =>
        text.Contains('\'', StringComparison.Ordinal) || text.Contains('’', StringComparison.Ordinal) ? IsContraction().BlankMatches(text) : text;

    [GeneratedRegex(@"(?<=\p{L})['’]s(?=\s+(?:no\s+longer|not\s+(?:needed|required|necessary|mandatory|essential|important|critical|a\s+must)|(?:now|still|just|only|also)\s+(?:optional|required|a\s+(?:must|nice|bonus|plus))|optional|required|mandatory|essential|needed|necessary|preferred|negotiable|flexible|more\s+of\s+a|(?:kind|sort)\s+of\s+a|(?:less|not\s+(?:that|so))\s+important|a\s+(?:must|nice|bonus|plus|requirement|dealbreaker|deal[- ]breaker|given|big|huge|definite))\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex IsContraction();
}
