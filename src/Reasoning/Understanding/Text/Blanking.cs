using System.Text.RegularExpressions;

namespace Hiring.Reasoning.Understanding.Text;

/// <summary>
/// Words a reader must skip are replaced by as many spaces, so the text keeps its length and every offset into it
/// (tokens, spans, requirement starts) still holds.
/// </summary>
public static class Blanking
{
    /// <summary>The text with every match of <paramref name="pattern"/> blanked.</summary>
    public static string BlankMatches(this Regex pattern, string text) => pattern.Replace(text, Spaces);

    private static string Spaces(Match match) => new(' ', match.Length);
}
