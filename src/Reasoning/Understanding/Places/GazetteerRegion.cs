using Hiring.Contracts.Projects;

namespace Hiring.Reasoning.Understanding.Places;

/// <summary>A first-level region of a country (a state, province or nation), known from the cities in it.</summary>
/// <param name="Name">English name ("Bavaria", "California", "England").</param>
/// <param name="Code">ISO 3166-2 style code without the country ("BY", "CA", "ENG"); empty when unknown.</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2 code.</param>
/// <param name="Population">Inhabitants of its cities in the gazetteer.</param>
public sealed record GazetteerRegion(string Name, string Code, string CountryCode, long Population) : IGazetteerPlace
{
    public PlaceKind Kind => PlaceKind.Region;

    public Place ToPlace() => new(PlaceKind.Region, Name, CountryCode, Code);
}
