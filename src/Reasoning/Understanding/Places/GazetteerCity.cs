using Hiring.Contracts.Projects;

namespace Hiring.Reasoning.Understanding.Places;

/// <summary>A city of the gazetteer (a GeoNames populated place of 15,000 people or more, or a capital).</summary>
/// <param name="Id">GeoNames id.</param>
/// <param name="Name">English name.</param>
/// <param name="OtherNames">Local, ASCII and other-language names ("München", "Muenchen", "Monaco di Baviera").</param>
/// <param name="Region">First-level region's name ("Bavaria"); empty when unknown.</param>
/// <param name="RegionCode">First-level region's code ("BY", "CA"); empty when unknown.</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2 code.</param>
/// <param name="Population">Inhabitants.</param>
/// <param name="Latitude">Degrees north.</param>
/// <param name="Longitude">Degrees east.</param>
public sealed record GazetteerCity(
    long Id,
    string Name,
    IReadOnlyList<string> OtherNames,
    string Region,
    string RegionCode,
    string CountryCode,
    long Population,
    double Latitude,
    double Longitude) : IGazetteerPlace
{
    public PlaceKind Kind => PlaceKind.City;

    public IEnumerable<string> AllNames => OtherNames.Prepend(Name);

    public Place ToPlace() => new(PlaceKind.City, Name, CountryCode, Region);

    /// <summary>Distance along the surface in kilometres (haversine).</summary>
    public double KilometresTo(GazetteerCity other)
    {
        const double EarthRadius = 6371.0;
        var dLat = Radians(other.Latitude - Latitude);
        var dLon = Radians(other.Longitude - Longitude);
        var a = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2))
            + (Math.Cos(Radians(Latitude)) * Math.Cos(Radians(other.Latitude)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadius * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
