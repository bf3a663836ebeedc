using System.Text.RegularExpressions;

namespace Hiring.Reasoning.Understanding.Text;

/// <summary>
/// "dbt wd be nice", "sql shd be there", "k8s + helm r must haves": the verbs a chat message shortens to a letter or
/// two ("wd", "shd", "cd" for would, should, could; "r" for are) are blanked before what a requirement is said to be,
/// so they join no name ("Knx Wd") and are read as no skill (the language R).
/// </summary>
public static partial class ShortVerbs
{
    public static string Blank(string text) => Verb().BlankMatches(text);

    // Only in lower case and only before the verb or wording they lead into; "r" only after a word that is no
    // conjunction or sign ("python and r are musts" keeps R).
    [GeneratedRegex(@"(?<![\p{L}\p{N}'’.+#-])(?:(?:wd|wud|wld|shd|shld|cd|cld)(?=\s+(?:be|have|need|help|like)\b)|(?<=[\p{L}\p{N}]\s+)(?<!\b(?:and|or|plus|with|und|et|y|e|og|en)\s+)r(?=\s+(?:musts?|must[- ]haves?|nice|nice[- ]to[- ]haves?|a\s+(?:must|plus|bonus|nice)|required|needed|essential|mandatory|optional|bonus(?:es)?|pluses|preferred|key|important|critical|fine|ok|not)\b))(?![\p{L}\p{N}'’-])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex Verb();
}
