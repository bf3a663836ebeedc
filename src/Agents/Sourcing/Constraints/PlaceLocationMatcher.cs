using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Talent;
using Hiring.Reasoning.Understanding.Places;
using Hiring.Talent;

namespace Hiring.Agents.Sourcing.Constraints;

/// <summary>
/// The location seam over the gazetteer's <see cref="PlaceMatcher"/>: a spec's resolved
/// <see cref="JobSpec.Places"/> and <see cref="JobSpec.RemoteWithin"/>, or, for specs stored before
/// places were resolved, its <see cref="JobSpec.Locations"/> strings resolved here ("Berlin",
/// "Munich, DE", "DE", "Bay Area", "EU"). A remote role without a scope does not constrain location;
/// with one, the scope counts beside the places named.
/// </summary>
public sealed class PlaceLocationMatcher(Gazetteer gazetteer, PlaceMatcher matcher) : ILocationMatcher
{
    private const string RemoteWord = "remote";

    public SpecPlaces PlacesOf(JobSpec spec)
    {
        if (ScopeOf(spec) is not { } scope)
        {
            return SpecPlaces.Anywhere;
        }

        var named = scope.Named.Select(p => p.ToString()).Concat(scope.Remote.Select(p => $"remote within {p}"));
        var terms = scope.Named.Concat(scope.Remote).SelectMany(SearchTerms).Select(TextFolding.Fold).Where(t => t.Length > 0);
        return new SpecPlaces(true, [.. named.Distinct(StringComparer.Ordinal)], [.. terms.Distinct(StringComparer.Ordinal)]);
    }

    public LocationMatch Match(JobSpec spec, Location location)
    {
        if (ScopeOf(spec) is not { } scope)
        {
            return new LocationMatch(AssessmentVerdict.Met, "anywhere");
        }

        if (string.IsNullOrWhiteSpace(location.City) && string.IsNullOrWhiteSpace(location.Region) && string.IsNullOrWhiteSpace(location.Country))
        {
            return LocationMatch.Unknown;
        }

        if (scope.Named.FirstOrDefault(p => matcher.Matches(location, p)) is { } place)
        {
            return new LocationMatch(AssessmentVerdict.Met, place.ToString());
        }

        return scope.Remote.FirstOrDefault(p => matcher.Matches(location, p)) is { } within
            ? new LocationMatch(AssessmentVerdict.Met, $"remote within {within}")
            : LocationMatch.NotIn;
    }

    /// <summary>The places a location must be in (named, or the remote scope); null when the spec does not constrain location.</summary>
    private (IReadOnlyList<Place> Named, IReadOnlyList<Place> Remote)? ScopeOf(JobSpec spec)
    {
        var remote = spec.Remote == RemotePolicy.Remote || spec.Locations.Any(l => TextFolding.Fold(l) == RemoteWord);
        IReadOnlyList<Place> named = spec.Places is { Count: > 0 } places
            ? places
            : [.. spec.Locations.Where(l => TextFolding.Fold(l) is { Length: > 0 } folded && folded != RemoteWord).Select(Resolve)];
        var within = spec.RemoteWithin ?? [];
        if (remote)
        {
            // Remote with no scope: anyone anywhere may do the job, wherever the office is.
            return within.Count == 0 ? null : (named, within);
        }

        return named.Count == 0 ? null : (named, []);
    }

    /// <summary>A place written in a spec stored before places were resolved: "Munich, DE", "DE", "Bavaria", "Bay Area", "EU", "Berlin".</summary>
    private Place Resolve(string written)
    {
        var text = written.Trim();
        var parts = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var country = parts.Length >= 2 ? gazetteer.FindCountry(parts[^1]) : null;
        var name = country is null ? text : string.Join(", ", parts[..^1]);
        IGazetteerPlace? found =
            (IGazetteerPlace?)gazetteer.FindMetro(name)
            ?? gazetteer.FindZone(name)
            ?? (country is null ? gazetteer.FindCountry(name) : null)
            ?? (gazetteer.FindCities(name, country?.Code) is { Count: > 0 } cities ? (IGazetteerPlace)cities[0] : null)
            ?? (gazetteer.FindRegions(name, country?.Code) is { Count: > 0 } regions ? regions[0] : null);
        return found?.ToPlace() ?? new Place(PlaceKind.City, name, country?.Code ?? "");
    }

    /// <summary>What the search's location field may hold for a place: a city's name, a country's code and name, a metro's cities, a zone's countries.</summary>
    private IEnumerable<string> SearchTerms(Place place) => place.Kind switch
    {
        PlaceKind.Country => [place.CountryCode, place.Name],
        PlaceKind.Metro => place.Members ?? gazetteer.FindMetro(place.Name)?.Cities.Select(c => c.Name) ?? [place.Name],
        PlaceKind.Zone => place.Members ?? gazetteer.FindZone(place.Name)?.CountryCodes ?? [],
        _ => [place.Name],
    };
}
