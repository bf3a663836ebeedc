namespace Hiring.Contracts.Projects;

/// <summary>A place a role is based in, or where a remote worker must live, resolved against the gazetteer.</summary>
/// <param name="Kind">City, metro area, region, country or zone.</param>
/// <param name="Name">The English display name: "Munich", "San Francisco Bay Area", "Germany", "EU".</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2 code of the country; empty for a zone.</param>
/// <param name="Region">For a city, its first-level region (name); for a region, its code; else empty.</param>
/// <param name="Members">For a metro, its member cities' names; for a zone, its country codes; else empty.</param>
[GenerateSerializer, Immutable, Alias("hiring.projects.place")]
public sealed record Place(
    [property: Id(0)] PlaceKind Kind,
    [property: Id(1)] string Name,
    [property: Id(2)] string CountryCode,
    [property: Id(3)] string Region = "",
    [property: Id(4)] IReadOnlyList<string>? Members = null)
{
    /// <summary>The countries of <paramref name="places"/>, each once (zones have none).</summary>
    public static IReadOnlyList<string> CountriesOf(IEnumerable<Place>? places) =>
        places is null ? [] : [.. places.Select(p => p.CountryCode).Where(c => c.Length > 0).Distinct()];

    /// <summary>"Munich, DE"; a country or zone by its name alone.</summary>
    public override string ToString() => Kind is PlaceKind.Country or PlaceKind.Zone || CountryCode.Length == 0 ? Name : $"{Name}, {CountryCode}";
}
