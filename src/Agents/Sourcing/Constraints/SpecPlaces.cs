namespace Hiring.Agents.Sourcing.Constraints;

/// <summary>What a job spec asks of a candidate's location.</summary>
/// <param name="Constrains">False when the spec names no place and no remote scope (anywhere will do).</param>
/// <param name="Named">The places and remote scope in words ("Berlin, DE", "remote within DE").</param>
/// <param name="SearchTerms">Values for the search's location field, lower case (city, region or country code).</param>
public sealed record SpecPlaces(bool Constrains, IReadOnlyList<string> Named, IReadOnlyList<string> SearchTerms)
{
    public static SpecPlaces Anywhere { get; } = new(false, [], []);

    /// <summary>"Berlin, DE or Hamburg, DE"; "anywhere" when unconstrained.</summary>
    public string Describe() => Constrains ? string.Join(" or ", Named) : "anywhere";
}
