namespace Hiring.Agents.Intake;

/// <summary>The skills most common among profiles with a title in a place, for intake's market suggestions.</summary>
public interface IMarketSkills
{
    IReadOnlyList<MarketSkill> TopSkills(string normalizedTitle, string? location, string tenant);
}
