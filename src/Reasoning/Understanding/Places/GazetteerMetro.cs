using Hiring.Contracts.Projects;

namespace Hiring.Reasoning.Understanding.Places;

/// <summary>A metro area: several cities people name as one place ("Bay Area", "Randstad").</summary>
/// <param name="Name">English name ("San Francisco Bay Area").</param>
/// <param name="Aliases">Other names ("Bay Area", "Silicon Valley").</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2 code.</param>
/// <param name="Cities">Member cities, the main one first.</param>
/// <param name="RadiusKm">A city this close to a member counts as in the area.</param>
public sealed record GazetteerMetro(string Name, IReadOnlyList<string> Aliases, string CountryCode, IReadOnlyList<GazetteerCity> Cities, double RadiusKm)
    : IGazetteerPlace
{
    public PlaceKind Kind => PlaceKind.Metro;

    public long Population => Cities.Sum(c => c.Population);

    public Place ToPlace() => new(PlaceKind.Metro, Name, CountryCode, Members: [.. Cities.Select(c => c.Name)]);

    /// <summary>Whether a city is a member or lies within <see cref="RadiusKm"/> of one.</summary>
    public bool Contains(GazetteerCity city) =>
        city.CountryCode == CountryCode && Cities.Any(member => member.Id == city.Id || member.KilometresTo(city) <= RadiusKm);
}
