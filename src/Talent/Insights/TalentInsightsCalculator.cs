using Hiring.Contracts.Talent;
using Hiring.Talent.Search;

namespace Hiring.Talent.Insights;

/// <summary>Computes every insight figure from a set of profiles and a date; no I/O, no clock.</summary>
public sealed class TalentInsightsCalculator(TalentTaxonomy taxonomy, InsightsOptions options)
{
    public TalentInsights Compute(string query, IReadOnlyList<CandidateProfile> profiles, long matched, DateOnly today)
    {
        var stints = profiles.Select(EmploymentStint.Of).ToList();
        var recentlyHired = profiles.Count(p => CurrentRole.Open(p) is { } role && role.Start <= today && role.Start > today.AddDays(-options.RecentHireDays));
        var openToWork = profiles.Count(p => p.OpenToWork);
        return new TalentInsights(
            query,
            today,
            matched,
            profiles.Count,
            Top(profiles, p => [Place(p.Location)]),
            Top(profiles, p => [.. CurrentRole.Of(p).Take(1).Select(r => r.Title.Trim())]),
            Top(profiles, p => [.. p.Skills.Select(taxonomy.CanonicalSkill)]),
            Top(profiles, p => CurrentRole.Open(p) is { } role ? [role.Company.Trim()] : []),
            Flows(stints, today),
            Growth(stints, today),
            Layoffs(stints, today),
            recentlyHired,
            Share(recentlyHired, profiles.Count),
            openToWork,
            Share(openToWork, profiles.Count));
    }

    private List<InsightCount> Top(IReadOnlyList<CandidateProfile> profiles, Func<CandidateProfile, IEnumerable<string>> values) =>
        [.. profiles
            .SelectMany(p => values(p).Where(v => v.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase))
            .GroupBy(v => v, StringComparer.OrdinalIgnoreCase)
            .Select(g => new InsightCount(g.First(), g.Count(), Share(g.Count(), profiles.Count)))
            .OrderByDescending(c => c.Count)
            .ThenBy(c => c.Value, StringComparer.OrdinalIgnoreCase)
            .Take(options.Top)];

    private List<TalentFlow> Flows(List<IReadOnlyList<EmploymentStint>> careers, DateOnly today)
    {
        var since = today.AddMonths(-options.FlowMonths);
        return [.. careers
            .SelectMany(stints => stints.Zip(stints.Skip(1)))
            .Where(move => move.Second.Start >= since && move.Second.Start <= today)
            .GroupBy(move => (From: move.First.Company, To: move.Second.Company))
            .Select(g => new TalentFlow(g.Key.From, g.Key.To, g.Count()))
            .OrderByDescending(f => f.Moves)
            .ThenBy(f => f.From, StringComparer.OrdinalIgnoreCase)
            .ThenBy(f => f.To, StringComparer.OrdinalIgnoreCase)
            .Take(options.Top)];
    }

    private List<CompanyGrowth> Growth(List<IReadOnlyList<EmploymentStint>> careers, DateOnly today)
    {
        var since = today.AddMonths(-options.GrowthMonths);
        bool InWindow(DateOnly date) => date >= since && date <= today;
        var all = careers.SelectMany(s => s).ToList();
        var joins = all.Where(s => InWindow(s.Start)).CountBy(s => s.Company, StringComparer.OrdinalIgnoreCase).ToDictionary(StringComparer.OrdinalIgnoreCase);
        var leaves = all.Where(s => s.End is { } end && InWindow(end)).CountBy(s => s.Company, StringComparer.OrdinalIgnoreCase).ToDictionary(StringComparer.OrdinalIgnoreCase);
        return [.. joins.Keys
            .Select(company => new CompanyGrowth(company, joins[company], leaves.GetValueOrDefault(company), joins[company] - leaves.GetValueOrDefault(company)))
            .Where(g => g.Net > 0)
            .OrderByDescending(g => g.Net)
            .ThenByDescending(g => g.Joins)
            .ThenBy(g => g.Company, StringComparer.OrdinalIgnoreCase)
            .Take(options.Top)];
    }

    private List<LayoffSignal> Layoffs(List<IReadOnlyList<EmploymentStint>> careers, DateOnly today)
    {
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        var firstMonth = thisMonth.AddMonths(-(options.LayoffWindowMonths - 1));
        var signals = new List<LayoffSignal>();
        var departures = careers
            .SelectMany(s => s)
            .Where(s => s.End is { } end && end >= firstMonth && end <= today)
            .GroupBy(s => s.Company, StringComparer.OrdinalIgnoreCase);
        foreach (var company in departures)
        {
            var average = company.Count() / (double)options.LayoffWindowMonths;
            foreach (var month in company.GroupBy(s => new DateOnly(s.End!.Value.Year, s.End.Value.Month, 1)))
            {
                var count = month.Count();
                if (count >= options.MinSpikeDepartures && count >= options.SpikeFactor * average)
                {
                    signals.Add(new LayoffSignal(company.Key, month.Key, count, average));
                }
            }
        }

        return [.. signals
            .OrderByDescending(s => s.Departures)
            .ThenByDescending(s => s.Month)
            .ThenBy(s => s.Company, StringComparer.OrdinalIgnoreCase)
            .Take(options.Top)];
    }

    private static string Place(Location location) =>
        string.Join(", ", new[] { location.City, location.Country }.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()));

    private static double Share(int count, int total) => total == 0 ? 0 : count / (double)total;
}
