using System.Text.RegularExpressions;

namespace Hiring.Reasoning.Understanding.Text;

/// <summary>"a" or "an" before an English word, by its sound: "an accountant", "an hour", "a user", "a welder".</summary>
public static partial class IndefiniteArticle
{
    public static string For(string word) => VowelSound().IsMatch(word) && !ConsonantSound().IsMatch(word) ? "an" : "a";

    /// <summary>The word with its article before it: "an accountant".</summary>
    public static string Before(string word) => $"{For(word)} {word}";

    [GeneratedRegex(@"^\s*(?:[aeiou]|hour|honest|honou?r|heir)", RegexOptions.IgnoreCase)]
    private static partial Regex VowelSound();

    [GeneratedRegex(@"^\s*(?:uni|use|usu|uti|eu|one|once)", RegexOptions.IgnoreCase)]
    private static partial Regex ConsonantSound();
}
