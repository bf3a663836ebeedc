using System.Text.RegularExpressions;

namespace Hiring.Reasoning.Understanding.Text;

/// <summary>
/// "uh Opera experience is a must and um yeah ideally German": the sounds of speech a dictated message keeps ("um",
/// "uh", "erm") are blanked so they join no name or list item.
/// </summary>
public static partial class Fillers
{
    public static string Blank(string text) => Filler().BlankMatches(text);

    // "er" and "hmm" only in lower case ("ER nurse" is the emergency room); never "mm" ("SAP MM"); nor "um" after the Portuguese words
    // an article follows ("espanhol é um plus", "com um diploma").
    [GeneratedRegex(@"(?<![\p{L}\p{N}'’-])(?:(?i:u+h+m*|(?<!(?<![\p{L}\p{N}])(?:é|tem|há|com|de|em|para|por|como|seria|ser|sem)\s+)u+m+|e+r+m+)|h+m+|e+r+)(?![\p{L}\p{N}'’-])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex Filler();
}
