using System.Text.RegularExpressions;

namespace Hiring.Reasoning.Understanding.Text;

/// <summary>
/// "Engenheiro(a) de Dados", "ingeniero/a", "un(e) responsable", "Mitarbeiter/in", "Elektroniker*in": the ending a recruiter
/// adds to a word so it names women too is blanked, so the word reads as written and the words after it stay next to it
/// ("engenheiro de dados" is a data engineer). Only an ending glued to a word of two letters or more ("n/a" stays), and the
/// German "in" only after a word's ending for people ("hybrid/in office" stays).
/// </summary>
public static partial class GenderEndings
{
    public static string Blank(string text) => Ending().BlankMatches(text);

    [GeneratedRegex(@"(?<=\p{L}\p{L})(?:\((?:a|as|o|os|e|es|ne|ka|trice|euse)\)|/(?:a|as|e|ne|ka)(?![\p{L}\p{N}]))|(?<=(?:er|or|ent|ant|ist))(?:\((?:in|innen)\)|[/*:_](?:in|innen)(?![\p{L}\p{N}]))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex Ending();
}
