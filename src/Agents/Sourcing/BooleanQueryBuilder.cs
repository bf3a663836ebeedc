using Hiring.Talent.Search;

namespace Hiring.Agents.Sourcing;

/// <summary>
/// Writes a query plan in the talent search's boolean syntax: titles OR'd, must-have skills AND'd,
/// location OR'd, exclusions NOT'd. Values are quoted, so a multi-word title is one phrase.
/// </summary>
public static class BooleanQueryBuilder
{
    private const string RemoteLocation = "remote";

    public static string Build(QueryPlan plan) => Join(Positive(plan, includeTitles: true), plan.Exclusions);

    /// <summary>
    /// Wraps another strategy's query so it still demands every must-have (and required nice-to-have)
    /// and honours the exclusions: variants may widen titles or add neighbours, never drop a must-have.
    /// </summary>
    public static string Guard(string query, QueryPlan plan)
    {
        var parts = new List<string> { $"({query})" };
        parts.AddRange(plan.MustHaves.Concat(plan.RequiredNiceToHaves).Select(s => Field(TalentFields.Skill, s)).Where(c => !query.Contains(c, StringComparison.Ordinal)));
        return Join(parts, plan.Exclusions.Where(e => !query.Contains($"NOT {Excluded(e)}", StringComparison.Ordinal)).ToList());
    }

    /// <summary>The plan's query without any title clause, for variants that look past titles.</summary>
    public static string WithoutTitles(QueryPlan plan) => Join(Positive(plan, includeTitles: false), plan.Exclusions);

    /// <summary>One field matching any of the values: <c>field:"a"</c> or <c>(field:"a" OR field:"b")</c>.</summary>
    public static string AnyOf(string field, IReadOnlyList<string> values) => values.Count switch
    {
        0 => "",
        1 => Field(field, values[0]),
        _ => $"({string.Join(" OR ", values.Select(v => Field(field, v)))})",
    };

    public static string Field(string field, string value) => $"{field}:{Quote(value)}";

    private static List<string> Positive(QueryPlan plan, bool includeTitles)
    {
        var parts = new List<string>();
        if (includeTitles)
        {
            parts.Add(AnyOf(TalentFields.Title, plan.ActiveTitles));
        }

        parts.AddRange(plan.MustHaves.Concat(plan.RequiredNiceToHaves).Select(s => Field(TalentFields.Skill, s)));
        parts.Add(plan.Where switch
        {
            LocationScope.Exact => AnyOf(TalentFields.Location, plan.Locations),
            LocationScope.WithRemote => AnyOf(TalentFields.Location, [.. plan.Locations, RemoteLocation]),
            _ => "",
        });
        return parts;
    }

    private static string Join(IEnumerable<string> positive, IReadOnlyList<string> exclusions)
    {
        var query = string.Join(" AND ", positive.Where(p => p.Length > 0));
        foreach (var exclusion in exclusions)
        {
            query += $" NOT {Excluded(exclusion)}";
        }

        return query.Trim();
    }

    /// <summary>"company:acme" keeps its field; a bare term is excluded wherever it appears.</summary>
    private static string Excluded(string term)
    {
        var colon = term.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && TalentFields.Resolve(term[..colon]) is not null)
        {
            return Field(term[..colon], term[(colon + 1)..].Trim());
        }

        return Quote(term);
    }

    private static string Quote(string value) => $"\"{value.Replace("\"", "", StringComparison.Ordinal).Replace("\\", "", StringComparison.Ordinal).Trim()}\"";
}
