namespace Hiring.Contracts.Talent;

/// <summary>A place: city, region and country (ISO 3166 alpha-2 where known).</summary>
/// <param name="City">City name.</param>
/// <param name="Region">State, province or region; empty when unknown.</param>
/// <param name="Country">Country code or name.</param>
[GenerateSerializer, Immutable, Alias("hiring.talent.location")]
public sealed record Location(
    [property: Id(0)] string City,
    [property: Id(1)] string Region,
    [property: Id(2)] string Country)
{
    /// <summary>"City, Region, Country" without empty parts.</summary>
    public override string ToString() => string.Join(", ", new[] { City, Region, Country }.Where(p => !string.IsNullOrWhiteSpace(p)));
}
