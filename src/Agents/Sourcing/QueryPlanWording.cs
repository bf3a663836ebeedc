using System.Globalization;
using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Agents.Sourcing;

/// <summary>
/// A search as the recruiter reads it ("backend engineer or platform engineer in Berlin or remote, with go and kubernetes,
/// ideally kafka"): the titles, places and must-haves of the query plan, never the boolean query itself, which stays in
/// the step's details for the operator.
/// </summary>
public static class QueryPlanWording
{
    // Beyond this many titles the rest are counted, not listed: the family of a title can be long.
    private const int ShownTitles = 3;

    public static string Describe(QueryPlan plan)
    {
        var titles = plan.ActiveTitles;
        var who = titles.Count switch
        {
            0 => "anyone",
            <= ShownTitles => Either(titles),
            _ => $"{string.Join(", ", titles.Take(ShownTitles))} or {titles.Count - ShownTitles} similar titles",
        };
        // The query's places are search terms, folded ("berlin"): the recruiter reads them with their capitals.
        var places = plan.Locations.Select(CultureInfo.InvariantCulture.TextInfo.ToTitleCase).ToList();
        var where = plan.Where switch
        {
            LocationScope.Anywhere => "",
            LocationScope.WithRemote when places.Count > 0 => $" in {Either(places)} or remote",
            _ when places.Count > 0 => $" in {Either(places)}",
            _ => "",
        };
        var must = plan.MustHaves.Concat(plan.RequiredNiceToHaves).Distinct(StringComparer.Ordinal).ToList();
        var with = must.Count > 0 ? $", with {WordList.Join(must)}" : "";
        var nice = plan.NiceToHaves.Except(must, StringComparer.Ordinal).ToList();
        var ideally = nice.Count > 0 ? $", ideally {Either(nice)}" : "";
        return $"{who}{where}{with}{ideally}";
    }

    private static string Either(IReadOnlyList<string> items) => WordList.Join(items, "or");
}
