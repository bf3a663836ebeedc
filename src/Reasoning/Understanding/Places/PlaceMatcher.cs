using System.Collections.Concurrent;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Talent;
using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Reasoning.Understanding.Places;

/// <summary>
/// Whether a candidate's location is in a place of a job spec: a city by any of its names (in the same country when
/// both are known), a metro by its member cities and their surroundings, a region by name or code, a country, a zone
/// by its member countries. Locations may be structured ("Munich|Bavaria|DE") or free text ("Munich, Germany").
/// Thread-safe; resolved locations are cached.
/// </summary>
public sealed class PlaceMatcher(Gazetteer gazetteer)
{
    private const int MaxCached = 100_000;

    private readonly ConcurrentDictionary<Location, ResolvedLocation> _resolved = new();

    public bool Matches(Location location, Place place)
    {
        var here = Resolve(location);
        return place.Kind switch
        {
            PlaceKind.City => InCity(here, place),
            PlaceKind.Metro => InMetro(here, place),
            PlaceKind.Region => InRegion(here, location, place),
            PlaceKind.Country => here.CountryCode.Length > 0 && here.CountryCode.Equals(place.CountryCode, StringComparison.OrdinalIgnoreCase),
            PlaceKind.Zone => here.CountryCode.Length > 0
                && (place.Members ?? gazetteer.FindZone(place.Name)?.CountryCodes ?? []).Contains(here.CountryCode, StringComparer.OrdinalIgnoreCase),
            _ => false,
        };
    }

    /// <summary>Whether a location is in any of the places; false when there are none.</summary>
    public bool InAny(Location location, IReadOnlyList<Place>? places) => places is { Count: > 0 } && places.Any(p => Matches(location, p));

    /// <summary>Whether someone living at a location may work remotely for a role limited to these places; true when it is not limited.</summary>
    public bool InRemoteScope(Location location, IReadOnlyList<Place>? remoteWithin) => remoteWithin is not { Count: > 0 } || InAny(location, remoteWithin);

    private bool InCity(ResolvedLocation here, Place place)
    {
        var city = gazetteer.Resolve(place) as GazetteerCity;
        if (here.City is not null && city is not null)
        {
            return here.City.Id == city.Id;
        }

        var names = city?.AllNames ?? [place.Name];
        return SameCountry(here.CountryCode, place.CountryCode) && here.CityKey.Length > 0 && names.Any(n => TokenFold.Key(n) == here.CityKey);
    }

    private bool InMetro(ResolvedLocation here, Place place)
    {
        if (gazetteer.FindMetro(place.Name) is { } metro)
        {
            return here.Metro == metro || (here.City is not null && metro.Contains(here.City));
        }

        return SameCountry(here.CountryCode, place.CountryCode)
            && (place.Members ?? []).Any(m => TokenFold.Key(m) == here.CityKey || (here.City is not null && here.City.Name == m));
    }

    private bool InRegion(ResolvedLocation here, Location location, Place place)
    {
        if (!SameCountry(here.CountryCode, place.CountryCode))
        {
            return false;
        }

        if (gazetteer.Resolve(place) is GazetteerRegion region)
        {
            if (here.Region is not null)
            {
                return here.Region == region;
            }

            if (here.City is not null)
            {
                return PlaceNames.IsIn(here.City, region);
            }
        }

        var written = TokenFold.Key(location.Region);
        return written.Length > 0 && (written == TokenFold.Key(place.Name) || written == TokenFold.Key(place.Region));
    }

    private static bool SameCountry(string a, string b) => a.Length == 0 || b.Length == 0 || a.Equals(b, StringComparison.OrdinalIgnoreCase);

    private ResolvedLocation Resolve(Location location)
    {
        if (_resolved.TryGetValue(location, out var known))
        {
            return known;
        }

        var resolved = new LocationResolver(gazetteer).Resolve(location);
        if (_resolved.Count < MaxCached)
        {
            _resolved.TryAdd(location, resolved);
        }

        return resolved;
    }
}
