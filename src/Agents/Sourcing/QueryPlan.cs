namespace Hiring.Agents.Sourcing;

/// <summary>
/// What a boolean sourcing query asks for, kept as parts (not as a string) so the feedback loop can
/// tighten or broaden one part at a time.
/// </summary>
/// <param name="CoreTitles">The spec's title and its synonyms.</param>
/// <param name="FamilyTitles">Titles of the same family (the core ones first).</param>
/// <param name="Titles">Which of the two lists the query uses.</param>
/// <param name="MustHaves">Canonical skills every candidate must have (approved must-have qualifications).</param>
/// <param name="NiceToHaves">Canonical skills of approved nice-to-have qualifications.</param>
/// <param name="RequiredNiceToHaves">Nice-to-haves the loop made required, in the order it did.</param>
/// <param name="Locations">The spec's locations (without "remote").</param>
/// <param name="Where">How the locations restrict the query.</param>
/// <param name="Exclusions">Terms a candidate must not match.</param>
[GenerateSerializer, Immutable, Alias("hiring.sourcing.query-plan")]
public sealed record QueryPlan(
    [property: Id(0)] IReadOnlyList<string> CoreTitles,
    [property: Id(1)] IReadOnlyList<string> FamilyTitles,
    [property: Id(2)] TitleScope Titles,
    [property: Id(3)] IReadOnlyList<string> MustHaves,
    [property: Id(4)] IReadOnlyList<string> NiceToHaves,
    [property: Id(5)] IReadOnlyList<string> RequiredNiceToHaves,
    [property: Id(6)] IReadOnlyList<string> Locations,
    [property: Id(7)] LocationScope Where,
    [property: Id(8)] IReadOnlyList<string> Exclusions)
{
    /// <summary>The titles the query uses now.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<string> ActiveTitles => Titles == TitleScope.Family && FamilyTitles.Count > 0 ? FamilyTitles : CoreTitles;
}
