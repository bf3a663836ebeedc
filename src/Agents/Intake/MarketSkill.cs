namespace Hiring.Agents.Intake;

/// <summary>A skill common among profiles with a title in a market: its canonical name and the share of those profiles that have it.</summary>
public sealed record MarketSkill(string Skill, double Share, long Profiles);
