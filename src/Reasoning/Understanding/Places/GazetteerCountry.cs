using Hiring.Contracts.Projects;

namespace Hiring.Reasoning.Understanding.Places;

/// <summary>A country (ISO 3166-1) with its other names and demonym.</summary>
/// <param name="Code">ISO 3166-1 alpha-2 code.</param>
/// <param name="Name">English display name ("United States").</param>
/// <param name="Aliases">Other names, in English and other languages ("USA", "Deutschland", "Holland").</param>
/// <param name="Demonym">Adjective ("German"); empty when unknown.</param>
/// <param name="Population">Inhabitants of its cities in the gazetteer.</param>
public sealed record GazetteerCountry(string Code, string Name, IReadOnlyList<string> Aliases, string Demonym, long Population) : IGazetteerPlace
{
    public PlaceKind Kind => PlaceKind.Country;

    public Place ToPlace() => new(PlaceKind.Country, Name, Code);
}
