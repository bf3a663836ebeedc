using System.Text.RegularExpressions;
using Hiring.Talent.Search;

namespace Hiring.Agents.Sourcing;

/// <summary>
/// What a search query looked for, in words a candidate may read: the titles, skills and free words it
/// asked for. What it left out (NOT and "-" clauses) is not said, nor are the fields that tell more than
/// the role asks for (names, companies, schools, places): a company to avoid, or a place the loop widened
/// to, is the recruiter's own business.
/// </summary>
public static partial class QueryTerms
{
    private static readonly HashSet<string> Told = new(StringComparer.OrdinalIgnoreCase)
    {
        TalentFields.Title, TalentFields.TitleKey, TalentFields.CurrentTitle, TalentFields.CurrentTitleKey, TalentFields.Skill, TalentFields.Headline, TalentFields.Summary,
    };

    private static readonly HashSet<string> Operators = new(StringComparer.OrdinalIgnoreCase) { "AND", "OR", "NOT" };

    /// <summary>The terms the query asked for, in its order, each once.</summary>
    public static IReadOnlyList<string> LookedFor(string query) =>
        [.. Term().Matches(Excluded().Replace(query, " "))
            .Where(m => m.Groups["field"].Success ? Told.Contains(m.Groups["field"].Value) : !Operators.Contains(m.Groups["value"].Value))
            .Select(m => m.Groups["value"].Value.Trim())
            .Where(v => v.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)];

    [GeneratedRegex("""(?:\bNOT\s+|(?<![^\s(])-)(?:\([^)]*\)|[\w.]+:(?:"[^"]*"|[^\s()]+)|"[^"]*"|[^\s()]+)""", RegexOptions.CultureInvariant)]
    private static partial Regex Excluded();

    [GeneratedRegex("""(?:(?<field>[A-Za-z_]+):)?(?:"(?<value>[^"]*)"|(?<value>[^\s()"]+))""", RegexOptions.CultureInvariant)]
    private static partial Regex Term();
}
