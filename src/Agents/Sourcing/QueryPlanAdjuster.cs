namespace Hiring.Agents.Sourcing;

/// <summary>
/// One step tighter or broader at a time, so each iteration changes one thing the recruiter can see.
/// Broadening may widen titles or drop a nice-to-have the loop required, never the place or the
/// level: those are the recruiter's constraints, and only a refinement of the spec relaxes them.
/// </summary>
public static class QueryPlanAdjuster
{
    /// <summary>Requires the next nice-to-have, else narrows titles to the core, else requires the spec's locations; null when nothing is left to tighten.</summary>
    public static (QueryPlan Plan, string Change)? Tighten(QueryPlan plan)
    {
        if (plan.NiceToHaves.FirstOrDefault(s => !plan.RequiredNiceToHaves.Contains(s)) is { } next)
        {
            return (plan with { RequiredNiceToHaves = [.. plan.RequiredNiceToHaves, next] }, $"requiring the nice-to-have '{next}'");
        }

        if (plan.Titles == TitleScope.Family)
        {
            return (plan with { Titles = TitleScope.Core }, $"narrowing titles to {Titles(plan.CoreTitles)}");
        }

        if (plan.Where != LocationScope.Exact && plan.Locations.Count > 0)
        {
            return (plan with { Where = LocationScope.Exact }, $"requiring the location {string.Join(" or ", plan.Locations)}");
        }

        return null;
    }

    /// <summary>Drops the last required nice-to-have, else widens titles to the family; null when nothing is left to broaden.</summary>
    public static (QueryPlan Plan, string Change)? Broaden(QueryPlan plan)
    {
        if (plan.RequiredNiceToHaves.Count > 0)
        {
            var dropped = plan.RequiredNiceToHaves[^1];
            return (plan with { RequiredNiceToHaves = [.. plan.RequiredNiceToHaves.Take(plan.RequiredNiceToHaves.Count - 1)] }, $"no longer requiring the nice-to-have '{dropped}'");
        }

        if (plan.Titles == TitleScope.Core && plan.FamilyTitles.Count > plan.CoreTitles.Count)
        {
            return (plan with { Titles = TitleScope.Family }, $"widening titles to the family: {Titles(plan.FamilyTitles)}");
        }

        return null;
    }

    private static string Titles(IReadOnlyList<string> titles) => string.Join(", ", titles.Take(4)) + (titles.Count > 4 ? ", …" : "");
}
