namespace Hiring.Reasoning.Understanding.Places;

/// <summary>
/// Everything one written name can mean: "Portland" is three cities, "Georgia" a country and a US state,
/// "Washington" a city and a state. <see cref="Preferred"/> is what the name means without a qualifier.
/// </summary>
public sealed class PlaceNames
{
    private readonly List<GazetteerCity> _cities = [];
    private readonly List<GazetteerRegion> _regions = [];
    private readonly List<GazetteerCountry> _countries = [];
    private readonly List<GazetteerMetro> _metros = [];
    private readonly List<GazetteerZone> _zones = [];

    /// <summary>Cities of this name, a well-known one (areas.yaml) then the most populous first.</summary>
    public IReadOnlyList<GazetteerCity> Cities => _cities;

    public IReadOnlyList<GazetteerRegion> Regions => _regions;

    public IReadOnlyList<GazetteerCountry> Countries => _countries;

    public IReadOnlyList<GazetteerMetro> Metros => _metros;

    public IReadOnlyList<GazetteerZone> Zones => _zones;

    public Ambiguity Ambiguity { get; internal set; }

    /// <summary>Whether one of the names is written in capitals ("EMEA", "NYC"); else "IMO" is no mention of Imo.</summary>
    public bool HasAcronym { get; internal set; }

    /// <summary>
    /// The usual meaning: a zone or metro; else a country, unless a region of the name is more populous
    /// ("Georgia" the US state); a city over a region when it holds a tenth of the region's people
    /// ("New York", "Hamburg", but "Quebec" the province); the first city (a well-known one, else the most populous).
    /// </summary>
    public IGazetteerPlace Preferred { get; private set; } = null!;

    /// <summary>The meaning within a country or region named beside it ("Portland, Maine", "Cambridge, UK"), if any.</summary>
    public IGazetteerPlace? Within(string countryCode, GazetteerRegion? region)
    {
        foreach (var city in _cities)
        {
            if (city.CountryCode == countryCode && (region is null || IsIn(city, region)))
            {
                return city;
            }
        }

        return region is null ? _regions.FirstOrDefault(r => r.CountryCode == countryCode) : null;
    }

    internal static bool IsIn(GazetteerCity city, GazetteerRegion region) =>
        city.CountryCode == region.CountryCode && city.Region.Length > 0 && string.Equals(city.Region, region.Name, StringComparison.Ordinal);

    internal void Add(IGazetteerPlace place)
    {
        switch (place)
        {
            case GazetteerCity city when !_cities.Any(c => ReferenceEquals(c, city)):
                // Kept in order from the start: metros and aliases look cities up before the index is frozen.
                var at = _cities.FindIndex(c => c.Population < city.Population);
                _cities.Insert(at < 0 ? _cities.Count : at, city);
                break;
            case GazetteerRegion region when !_regions.Contains(region): _regions.Add(region); break;
            case GazetteerCountry country when !_countries.Contains(country): _countries.Add(country); break;
            case GazetteerMetro metro when !_metros.Contains(metro): _metros.Add(metro); break;
            case GazetteerZone zone when !_zones.Contains(zone): _zones.Add(zone); break;
        }
    }

    // A well-known city before more populous namesakes; only while the gazetteer is built.
    internal void PutFirst(GazetteerCity city)
    {
        if (_cities.Remove(city))
        {
            _cities.Insert(0, city);
        }
    }

    internal void Freeze()
    {
        _regions.Sort((a, b) => b.Population.CompareTo(a.Population));
        _countries.Sort((a, b) => b.Population.CompareTo(a.Population));
        Preferred = Choose();
    }

    private IGazetteerPlace Choose()
    {
        if (_zones.Count > 0)
        {
            return _zones[0];
        }

        if (_metros.Count > 0)
        {
            return _metros[0];
        }

        IGazetteerPlace? best = _countries.Count > 0 ? _countries[0] : null;
        if (_regions.Count > 0 && (best is null || _regions[0].Population > best.Population))
        {
            best = _regions[0];
        }

        if (_cities.Count > 0 && (best is null || (best is GazetteerRegion region && _cities[0].Population * 10 >= region.Population)))
        {
            best = _cities[0];
        }

        return best ?? throw new InvalidOperationException("A place name names nothing.");
    }
}
