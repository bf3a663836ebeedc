using System.Text.RegularExpressions;

namespace Hiring.Reasoning.Understanding.Text;

/// <summary>
/// "hubspot nice to have :pray:", "*new req* :package:": the emoji a chat app writes as its name between colons (Slack,
/// Teams, Discord) are blanked, so the colon is read as no label and the name as no word of the request.
/// </summary>
public static partial class Shortcodes
{
    public static string Blank(string text) => Shortcode().BlankMatches(text);

    // A name of letters, digits, "_", "+" or "-" that starts with a letter ("9:14:30" is a time), touching no other word.
    [GeneratedRegex(@"(?<![\p{L}\p{N}]):[a-z][a-z0-9_+\-]{1,40}:(?![\p{L}\p{N}])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex Shortcode();
}
