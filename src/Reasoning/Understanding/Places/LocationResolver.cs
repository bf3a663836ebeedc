using Hiring.Contracts.Talent;
using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Reasoning.Understanding.Places;

/// <summary>
/// Resolves a candidate's location against the gazetteer: "Munich|Bavaria|DE", "Munich, Germany" with no country,
/// "Portland, OR", "Singapore||SG", "Bay Area". The country comes from the country field, else from a later part of
/// the city text, else from the most populous city of the name.
/// </summary>
internal sealed class LocationResolver(Gazetteer gazetteer)
{
    public ResolvedLocation Resolve(Location location)
    {
        var parts = (location.City ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var cityText = parts.Length > 0 ? parts[0] : "";
        var hints = parts.Skip(1).Append(location.Region ?? "").Append(location.Country ?? "").Where(h => h.Length > 0).ToList();

        var country = hints.Select(h => gazetteer.FindCountry(h)).LastOrDefault(c => c is not null)?.Code ?? "";
        var region = hints.Select(h => Region(h, country)).FirstOrDefault(r => r is not null);
        var cities = cityText.Length == 0 ? [] : gazetteer.FindCities(cityText, country.Length > 0 ? country : null);
        var city = cities.FirstOrDefault(c => region is not null && PlaceNames.IsIn(c, region))
            ?? cities.FirstOrDefault(c => hints.Any(h => h.Equals(c.RegionCode, StringComparison.OrdinalIgnoreCase)))
            ?? (cities.Count > 0 ? cities[0] : null);

        if (country.Length == 0)
        {
            country = city?.CountryCode ?? (cityText.Length > 0 ? gazetteer.FindCountry(cityText)?.Code : null) ?? region?.CountryCode ?? "";
        }

        return new ResolvedLocation(city, TokenFold.Key(cityText), country.ToUpperInvariant(), region ?? RegionOf(city), cityText.Length > 0 ? gazetteer.FindMetro(cityText) : null);
    }

    private GazetteerRegion? Region(string hint, string country)
    {
        var regions = gazetteer.FindRegions(hint, country.Length > 0 ? country : null);
        return regions.Count > 0 ? regions[0] : null;
    }

    private GazetteerRegion? RegionOf(GazetteerCity? city)
    {
        if (city is null || city.Region.Length == 0)
        {
            return null;
        }

        var regions = gazetteer.FindRegions(city.Region, city.CountryCode);
        return regions.FirstOrDefault(r => r.Name == city.Region);
    }
}
