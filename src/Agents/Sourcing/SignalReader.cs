using Hiring.Contracts.Talent;
using Hiring.Talent.Insights;
using Hiring.Talent.Search;

namespace Hiring.Agents.Sourcing;

/// <summary>
/// Computes each candidate's signals from their profile and from layoff signals of their companies;
/// the layoff insight runs over everyone who worked at those companies, not only the candidates.
/// </summary>
public sealed class SignalReader(TalentInsightsService insights, TimeProvider clock, SourcingOptions options)
{
    public IReadOnlyDictionary<string, CandidateSignals> Read(string? tenant, IReadOnlyDictionary<string, CandidateProfile> profiles)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var recent = new DateOnly(today.Year, today.Month, 1).AddMonths(-options.LayoffRecentMonths);
        var companies = profiles.Values
            .SelectMany(p => p.Experiences.Where(e => e.End is null || e.End >= recent).Select(e => e.Company.Trim()))
            .Where(c => c.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        var layoffs = companies.Count == 0
            ? []
            : insights.Compute(BooleanQueryBuilder.AnyOf(TalentFields.Company, companies), tenant).LayoffSignals
                .Where(s => s.Month >= recent)
                .GroupBy(s => s.Company, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => g.MaxBy(s => s.Month)!, StringComparer.OrdinalIgnoreCase);
        return profiles.ToDictionary(p => p.Key, p => Of(p.Value, layoffs, today, recent), StringComparer.Ordinal);
    }

    private static CandidateSignals Of(CandidateProfile profile, Dictionary<string, LayoffSignal> layoffs, DateOnly today, DateOnly recent)
    {
        var open = CurrentRole.Open(profile);
        int? days = open is null ? null : Math.Max(0, today.DayNumber - open.Start.DayNumber);
        var affected = profile.Experiences
            .Where(e => e.End is null || e.End >= recent)
            .Select(e => layoffs.GetValueOrDefault(e.Company.Trim()))
            .FirstOrDefault(s => s is not null);
        return new CandidateSignals(profile.OpenToWork, affected?.Company, affected?.Month, affected?.Departures ?? 0, days);
    }
}
