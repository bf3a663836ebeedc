namespace Hiring.Agents.Sourcing.Constraints;

/// <summary>
/// Individual-contributor rungs the recruiter's feedback ruled out when the spec names no seniority
/// ("too junior" raises the floor, "too senior" lowers the ceiling); null ends are open.
/// </summary>
[GenerateSerializer, Immutable, Alias("hiring.sourcing.level-bounds")]
public sealed record LevelBounds(
    [property: Id(0)] string? Floor = null,
    [property: Id(1)] string? Ceiling = null)
{
    public static LevelBounds Open { get; } = new();

    public bool Admits(string level)
    {
        var at = TitleLevels.IndexOf(level);
        return at >= 0
            && (Floor is null || at >= TitleLevels.IndexOf(Floor))
            && (Ceiling is null || at <= TitleLevels.IndexOf(Ceiling));
    }
}
