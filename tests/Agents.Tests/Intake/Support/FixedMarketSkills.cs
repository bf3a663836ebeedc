using Hiring.Agents.Intake;

namespace Hiring.Agents.Tests.Intake.Support;

/// <summary>Market skills given by the test, recording what was asked.</summary>
internal sealed class FixedMarketSkills(params MarketSkill[] skills) : IMarketSkills
{
    public List<(string Title, string? Location)> Asked { get; } = [];

    public IReadOnlyList<MarketSkill> TopSkills(string normalizedTitle, string? location, string tenant)
    {
        Asked.Add((normalizedTitle, location));
        return skills;
    }
}
