namespace Hiring.Talent.Insights;

/// <summary>
/// The economic graph of the profiles a query matched: where they are, what they do, where they
/// work, how people move between employers, who is growing, who is shedding people, and who is
/// newly hired or open to work. Shares are of <see cref="AnalyzedProfiles"/>.
/// </summary>
public sealed record TalentInsights(
    string Query,
    DateOnly AsOf,
    long MatchedProfiles,
    int AnalyzedProfiles,
    IReadOnlyList<InsightCount> TopLocations,
    IReadOnlyList<InsightCount> TopTitles,
    IReadOnlyList<InsightCount> TopSkills,
    IReadOnlyList<InsightCount> TopCompanies,
    IReadOnlyList<TalentFlow> TalentFlows,
    IReadOnlyList<CompanyGrowth> FastGrowingCompanies,
    IReadOnlyList<LayoffSignal> LayoffSignals,
    int RecentlyHired,
    double RecentlyHiredShare,
    int OpenToWork,
    double OpenToWorkShare);
