using Hiring.Agents.Talent;
using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Talent;

namespace Hiring.Agents.Sourcing.Constraints;

/// <summary>
/// Location checks by names and codes until the gazetteer's place matcher replaces it: a spec's
/// <see cref="JobSpec.Places"/> and <see cref="JobSpec.RemoteWithin"/> when intake resolved them,
/// else its <see cref="JobSpec.Locations"/> strings ("Berlin", "Berlin, DE", "DE"). A city matches
/// by folded name (and country code when given), a region by name, a country by code or name, a
/// metro or zone by its members. No aliases across languages ("München" is not "Munich" here).
/// </summary>
public sealed class LocationTextMatcher : ILocationMatcher
{
    private const string RemoteWord = "remote";

    public SpecPlaces PlacesOf(JobSpec spec)
    {
        var tests = TestsOf(spec);
        return tests is null
            ? SpecPlaces.Anywhere
            : new SpecPlaces(true, [.. tests.Select(t => t.Label).Distinct(StringComparer.Ordinal)], [.. tests.SelectMany(t => t.SearchTerms).Distinct(StringComparer.Ordinal)]);
    }

    public LocationMatch Match(JobSpec spec, Location location)
    {
        var tests = TestsOf(spec);
        if (tests is null)
        {
            return new LocationMatch(AssessmentVerdict.Met, "anywhere");
        }

        if (string.IsNullOrWhiteSpace(location.City) && string.IsNullOrWhiteSpace(location.Region) && string.IsNullOrWhiteSpace(location.Country))
        {
            return LocationMatch.Unknown;
        }

        return tests.FirstOrDefault(t => t.Contains(location)) is { } hit
            ? new LocationMatch(AssessmentVerdict.Met, hit.Label)
            : LocationMatch.NotIn;
    }

    /// <summary>The place tests a location must pass one of; null when the spec does not constrain location.</summary>
    private static List<PlaceTest>? TestsOf(JobSpec spec)
    {
        var remote = spec.Remote == RemotePolicy.Remote || spec.Locations.Any(l => TextFolding.Fold(l) == RemoteWord);
        var named = spec.Places is { Count: > 0 } places
            ? places.Select(PlaceTest.Of).ToList()
            : [.. spec.Locations.Where(l => TextFolding.Fold(l) is { Length: > 0 } folded && folded != RemoteWord).Select(PlaceTest.Parse)];
        var scope = (spec.RemoteWithin ?? []).Select(p => PlaceTest.Of(p) with { Label = $"remote within {p}" }).ToList();
        if (remote)
        {
            // Remote with no scope: anyone anywhere may do the job, wherever the office is.
            return scope.Count == 0 ? null : [.. named, .. scope];
        }

        return named.Count == 0 ? null : named;
    }

    private sealed record PlaceTest(string Label, PlaceKind? Kind, string Name, string CountryCode, IReadOnlyList<string> Members)
    {
        public IEnumerable<string> SearchTerms => Kind switch
        {
            PlaceKind.Metro => Members.Select(TextFolding.Fold),
            PlaceKind.Zone => Members.Select(m => m.ToLowerInvariant()),
            PlaceKind.Country => [CountryCode.ToLowerInvariant()],
            _ => [TextFolding.Fold(Name)],
        };

        public static PlaceTest Of(Place place) => new(place.ToString(), place.Kind, place.Name, place.CountryCode, place.Members ?? []);

        /// <summary>"Berlin, DE" is a city in a country; "DE" a country code; anything else a name of unknown kind.</summary>
        public static PlaceTest Parse(string written)
        {
            var parts = written.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (parts.Length >= 2 && IsCountryCode(parts[^1]))
            {
                return new PlaceTest(written.Trim(), PlaceKind.City, string.Join(", ", parts[..^1]), parts[^1].ToUpperInvariant(), []);
            }

            return parts.Length == 1 && IsCountryCode(parts[0])
                ? new PlaceTest(written.Trim(), PlaceKind.Country, parts[0].ToUpperInvariant(), parts[0].ToUpperInvariant(), [])
                : new PlaceTest(written.Trim(), null, written.Trim(), "", []);
        }

        public bool Contains(Location location)
        {
            var sameCountry = CountryCode.Length == 0 || string.Equals(CountryCode, location.Country, StringComparison.OrdinalIgnoreCase);
            return Kind switch
            {
                PlaceKind.City => sameCountry && Same(Name, location.City),
                PlaceKind.Metro => sameCountry && Members.Any(m => Same(m, location.City)),
                PlaceKind.Region => sameCountry && (Same(Name, location.Region) || Same(Name, location.City)),
                PlaceKind.Country => (CountryCode.Length > 0 && sameCountry) || Same(Name, location.Country),
                PlaceKind.Zone => Members.Any(m => string.Equals(m, location.Country, StringComparison.OrdinalIgnoreCase)),
                _ => Same(Name, location.City) || Same(Name, location.Region) || Same(Name, location.Country),
            };
        }

        private static bool Same(string a, string b) => TextFolding.Fold(a) is { Length: > 0 } folded && folded == TextFolding.Fold(b);

        private static bool IsCountryCode(string text) => text.Length == 2 && text.All(char.IsAsciiLetterUpper);
    }
}
