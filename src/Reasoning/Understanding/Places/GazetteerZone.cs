using Hiring.Contracts.Projects;

namespace Hiring.Reasoning.Understanding.Places;

/// <summary>A group of countries ("EU", "EMEA", "DACH").</summary>
/// <param name="Name">Display name.</param>
/// <param name="Aliases">Other names ("European Union").</param>
/// <param name="CountryCodes">Member countries (ISO 3166-1 alpha-2).</param>
/// <param name="Population">Inhabitants of its countries' cities in the gazetteer.</param>
public sealed record GazetteerZone(string Name, IReadOnlyList<string> Aliases, IReadOnlyList<string> CountryCodes, long Population) : IGazetteerPlace
{
    public PlaceKind Kind => PlaceKind.Zone;

    public Place ToPlace() => new(PlaceKind.Zone, Name, "", Members: CountryCodes);

    public bool Contains(string countryCode) => CountryCodes.Contains(countryCode, StringComparer.OrdinalIgnoreCase);
}
