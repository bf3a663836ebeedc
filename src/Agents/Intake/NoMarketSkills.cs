namespace Hiring.Agents.Intake;

/// <summary>Used when no talent index is wired into the host: intake then suggests nothing from the market.</summary>
public sealed class NoMarketSkills : IMarketSkills
{
    public IReadOnlyList<MarketSkill> TopSkills(string normalizedTitle, string? location, string tenant) => [];
}
