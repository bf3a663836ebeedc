using Hiring.Agents.Sourcing.Constraints;

namespace Hiring.Agents.Sourcing;

/// <summary>
/// What the recruiter's feedback taught the search, applied to every search of the project until the
/// spec changes it: skill weights from liked profiles, liked profiles as models for similarity,
/// level bounds when the spec names no seniority, management titles excluded, the place kept strict.
/// </summary>
/// <param name="SkillWeights">Canonical skill → rank boost (0.1 = +10%) for candidates who have it.</param>
/// <param name="Liked">Liked candidates, most recent first: their profile vectors are the similarity models.</param>
/// <param name="Bounds">Rungs ruled out by "too junior" or "too senior" when the spec names no seniority.</param>
/// <param name="ExcludeManagement">"They're all managers": management titles are left out of every query.</param>
/// <param name="StrictPlace">"Wrong city": the place filter is never relaxed by the loop, not even to remote.</param>
[GenerateSerializer, Immutable, Alias("hiring.sourcing.preferences")]
public sealed record SourcingPreferences(
    [property: Id(0)] IReadOnlyDictionary<string, double> SkillWeights,
    [property: Id(1)] IReadOnlyList<string> Liked,
    [property: Id(2)] LevelBounds Bounds,
    [property: Id(3)] bool ExcludeManagement = false,
    [property: Id(4)] bool StrictPlace = false)
{
    public static SourcingPreferences None { get; } = new(new Dictionary<string, double>(), [], LevelBounds.Open);

    public bool IsEmpty => SkillWeights.Count == 0 && Liked.Count == 0 && Bounds == LevelBounds.Open && !ExcludeManagement && !StrictPlace;
}
