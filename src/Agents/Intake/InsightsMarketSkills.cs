using Hiring.Talent.Insights;
using Hiring.Talent.Search;

namespace Hiring.Agents.Intake;

/// <summary>
/// Top skills from the talent insights of the profiles holding the title in that location (the
/// public pool and the tenant's own); when the place has no such profiles, of the title anywhere.
/// </summary>
public sealed class InsightsMarketSkills(TalentInsightsService insights) : IMarketSkills
{
    public IReadOnlyList<MarketSkill> TopSkills(string normalizedTitle, string? location, string tenant)
    {
        if (string.IsNullOrWhiteSpace(normalizedTitle))
        {
            return [];
        }

        var title = $"title:{Quoted(normalizedTitle)}";
        try
        {
            var found = location is { Length: > 0 } place && !string.Equals(place, "remote", StringComparison.OrdinalIgnoreCase)
                ? insights.Compute($"{title} AND location:{Quoted(place)}", tenant)
                : null;
            if (found is null || found.AnalyzedProfiles == 0)
            {
                found = insights.Compute(title, tenant);
            }

            return [.. found.TopSkills.Select(s => new MarketSkill(s.Value, s.Share, found.MatchedProfiles))];
        }
        catch (TalentQuerySyntaxException)
        {
            return [];
        }
    }

    private static string Quoted(string text) => $"\"{text.Replace("\"", "", StringComparison.Ordinal)}\"";
}
