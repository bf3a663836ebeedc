using Hiring.Contracts.Projects;
using Hiring.Reasoning.BuiltIn;
using Hiring.Reasoning.Prompts;
using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Reasoning.Understanding.Places;

/// <summary>
/// The built-in engine's knowledge of places: about 24,000 cities (GeoNames, 15,000 people or more), their
/// first-level regions, every country, metro areas and zones, each under all the names people write
/// (<c>prompts/builtin/vocabulary/places/</c>). Immutable once loaded and safe to share: load it once per
/// process (<see cref="Default"/>).
/// </summary>
public sealed class Gazetteer
{
    public const string Folder = "vocabulary/places";

    private static readonly Lazy<Gazetteer> Shared = new(LoadDefault);

    private readonly PlaceNameIndex _names;
    private readonly Dictionary<string, GazetteerCountry> _countryByCode = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<(string Country, string Code), GazetteerRegion> _regionByCode = [];

    public Gazetteer(
        IReadOnlyList<GazetteerCity> cities,
        IReadOnlyList<GazetteerCountry> countries,
        AreasDocument areas,
        IReadOnlyDictionary<string, Ambiguity> ambiguous,
        CuesDocument cues)
    {
        _names = new PlaceNameIndex(ambiguous);
        Cities = cities;
        Regions =
        [
            .. cities.Where(c => c.Region.Length > 0)
                .GroupBy(c => (c.CountryCode, c.Region))
                .Select(g => new GazetteerRegion(g.Key.Region, g.First().RegionCode, g.Key.CountryCode, g.Sum(c => c.Population))),
        ];
        var populations = cities.GroupBy(c => c.CountryCode).ToDictionary(g => g.Key, g => g.Sum(c => c.Population));
        Countries = [.. countries.Select(c => c with { Population = populations.GetValueOrDefault(c.Code) })];
        Cues = new PlaceCues(cues);
        Spelling = new PlaceSpelling(cities);

        foreach (var city in cities)
        {
            foreach (var name in city.AllNames)
            {
                _names.Add(name, city);
            }
        }

        foreach (var region in Regions)
        {
            _names.Add(region.Name, region);
            _regionByCode.TryAdd((region.CountryCode, region.Code), region);
        }

        foreach (var country in Countries)
        {
            _countryByCode[country.Code] = country;
            foreach (var name in country.Aliases.Prepend(country.Name))
            {
                _names.Add(name, country);
            }
        }

        Metros = [.. areas.Metros.Select(ResolveMetro)];
        Zones = [.. areas.Zones.Select(ResolveZone)];
        AddAliases(areas);
        PutWellKnownFirst(areas);
        _names.Freeze();
    }

    /// <summary>The gazetteer beside the program, loaded on first use and shared by every caller.</summary>
    public static Gazetteer Default => Shared.Value;

    public IReadOnlyList<GazetteerCity> Cities { get; }

    /// <summary>Big cities' names read past a typing slip.</summary>
    public PlaceSpelling Spelling { get; }

    public IReadOnlyList<GazetteerRegion> Regions { get; }

    public IReadOnlyList<GazetteerCountry> Countries { get; }

    public IReadOnlyList<GazetteerMetro> Metros { get; }

    public IReadOnlyList<GazetteerZone> Zones { get; }

    /// <summary>The words around place names (cues.yaml).</summary>
    internal PlaceCues Cues { get; }

    /// <summary>Every place name, for finding them in tokenized text.</summary>
    public PhraseIndex<PlaceNames> Names => _names.Phrases;

    /// <summary>Reads <c>builtin/vocabulary/places/</c> of a prompt library.</summary>
    public static Gazetteer Load(PromptLibrary library)
    {
        string Read(string file) => library.ReadBuiltIn($"{Folder}/{file}");
        return new Gazetteer(
            GazetteerTables.Cities(Read("cities.tsv")),
            GazetteerTables.Countries(Read("countries.tsv")),
            BuiltInResource.Load<AreasDocument>(library, $"{Folder}/areas.yaml"),
            GazetteerTables.Ambiguous(Read("ambiguous.txt")),
            BuiltInResource.Load<CuesDocument>(library, $"{Folder}/cues.yaml"));
    }

    /// <summary>Reads the prompts/ folder copied beside the program (a fresh instance; prefer <see cref="Default"/>).</summary>
    public static Gazetteer LoadDefault() => Load(new PromptLibrary(Path.Combine(AppContext.BaseDirectory, PromptLibrary.FolderName)));

    /// <summary>Everything a whole phrase names ("Portland": three cities), or null.</summary>
    public PlaceNames? Lookup(string phrase) => _names.Lookup(phrase);

    /// <summary>Cities of a name (English, local or other-language), a well-known one then the most populous first; optionally in one country.</summary>
    public IReadOnlyList<GazetteerCity> FindCities(string name, string? countryCode = null)
    {
        var cities = Lookup(name)?.Cities ?? [];
        return string.IsNullOrEmpty(countryCode) ? cities : [.. cities.Where(c => c.CountryCode.Equals(countryCode, StringComparison.OrdinalIgnoreCase))];
    }

    /// <summary>A country by ISO code ("DE"), name or alias ("Deutschland", "USA", "UK").</summary>
    public GazetteerCountry? FindCountry(string nameOrCode)
    {
        var text = nameOrCode.Trim();
        if (text.Length == 2 && _countryByCode.TryGetValue(text, out var country))
        {
            return country;
        }

        return FirstOf(Lookup(text)?.Countries);
    }

    /// <summary>Regions by name ("Bavaria", "Bayern") or, within a country, by code ("BY"), the most populous first.</summary>
    public IReadOnlyList<GazetteerRegion> FindRegions(string nameOrCode, string? countryCode = null)
    {
        var text = nameOrCode.Trim();
        var byName = Lookup(text)?.Regions ?? [];
        var found = string.IsNullOrEmpty(countryCode) ? byName : [.. byName.Where(r => r.CountryCode.Equals(countryCode, StringComparison.OrdinalIgnoreCase))];
        if (found.Count == 0 && !string.IsNullOrEmpty(countryCode) && _regionByCode.TryGetValue((countryCode.ToUpperInvariant(), text.ToUpperInvariant()), out var region))
        {
            return [region];
        }

        return found;
    }

    public GazetteerMetro? FindMetro(string name) => FirstOf(Lookup(name)?.Metros);

    public GazetteerZone? FindZone(string name) => FirstOf(Lookup(name)?.Zones);

    /// <summary>The gazetteer's entry for a place a job spec stores, or null when it names nothing known.</summary>
    public IGazetteerPlace? Resolve(Place place) => place.Kind switch
    {
        PlaceKind.City => FindCities(place.Name, place.CountryCode) is { Count: > 0 } cities
            ? cities.FirstOrDefault(c => place.Region.Length == 0 || c.Region == place.Region) ?? cities[0]
            : null,
        PlaceKind.Region => FirstOf(FindRegions(place.Name, place.CountryCode)) ?? FirstOf(FindRegions(place.Region, place.CountryCode)),
        PlaceKind.Country => FindCountry(place.CountryCode.Length > 0 ? place.CountryCode : place.Name),
        PlaceKind.Metro => FindMetro(place.Name),
        PlaceKind.Zone => FindZone(place.Name),
        _ => null,
    };

    private GazetteerMetro ResolveMetro(AreasMetro written)
    {
        var members = new List<GazetteerCity>();
        foreach (var name in written.Cities)
        {
            var candidates = FindCities(name, written.Country);
            if (candidates.Count == 0)
            {
                throw new InvalidDataException($"areas.yaml: metro '{written.Name}' names '{name}', no city of {written.Country} in cities.tsv.");
            }

            // "Vancouver" in the Portland area is Washington's, not British Columbia's; "Richmond" in the Bay Area is California's.
            members.Add(members.Count == 0 ? candidates[0] : candidates.MinBy(c => c.KilometresTo(members[0]))!);
        }

        var metro = new GazetteerMetro(written.Name, written.Aliases, written.Country, members, written.RadiusKm);
        foreach (var name in written.Aliases.Prepend(written.Name))
        {
            _names.Add(name, metro);
        }

        return metro;
    }

    private GazetteerZone ResolveZone(AreasZone written)
    {
        var unknown = written.Countries.Where(c => !_countryByCode.ContainsKey(c)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidDataException($"areas.yaml: zone '{written.Name}' names unknown countries {string.Join(", ", unknown)}.");
        }

        var zone = new GazetteerZone(written.Name, written.Aliases, written.Countries, written.Countries.Sum(c => _countryByCode[c].Population));
        foreach (var name in written.Aliases.Prepend(written.Name))
        {
            _names.Add(name, zone);
        }

        return zone;
    }

    private void AddAliases(AreasDocument areas)
    {
        foreach (var alias in areas.CityAliases)
        {
            var city = FirstOf(FindCities(alias.City, alias.Country))
                ?? throw new InvalidDataException($"areas.yaml: city alias of '{alias.City}', no city of {alias.Country} in cities.tsv.");
            alias.Aliases.ForEach(name => _names.Add(name, city));
        }

        foreach (var alias in areas.RegionAliases)
        {
            var region = FirstOf(FindRegions(alias.Region, alias.Country))
                ?? throw new InvalidDataException($"areas.yaml: region alias of '{alias.Region}', no region of {alias.Country} in cities.tsv.");
            alias.Aliases.ForEach(name => _names.Add(name, region));
        }
    }

    // "Valencia" alone is Spain's, though Venezuela's is more populous: a well-known city heads the cities of each of its names.
    private void PutWellKnownFirst(AreasDocument areas)
    {
        foreach (var known in areas.WellKnown)
        {
            var city = FirstOf(FindCities(known.City, known.Country))
                ?? throw new InvalidDataException($"areas.yaml: well-known city '{known.City}', no city of {known.Country} in cities.tsv.");
            foreach (var name in city.AllNames)
            {
                _names.Lookup(name)?.PutFirst(city);
            }
        }
    }

    private static T? FirstOf<T>(IReadOnlyList<T>? list)
        where T : class => list is { Count: > 0 } ? list[0] : null;
}
