using Hiring.Contracts.Projects;
using Hiring.Talent;

namespace Hiring.Evals.Suites.Spec;

/// <summary>A place reduced to what the cases compare: a folded name, a country code, a metro's members, and whether it is a whole country.</summary>
public sealed record PlaceText(string City, string Country, IReadOnlyList<string> Members, bool WholeCountry = false)
{
    /// <summary>"Munich, DE", "DE", "Bay Area, US", or as a product writes it ("berlin", "Berlin, Germany", "Germany").</summary>
    public static PlaceText Parse(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return new PlaceText("", "", []);
        }

        if (parts.Length == 1)
        {
            var folded = TextFolding.Fold(parts[0]);
            return CountryCodes.Of(parts[0]) is { } code
                ? new PlaceText(folded.Length == 2 ? "" : folded, code, [], WholeCountry: true)
                : new PlaceText(folded, "", []);
        }

        var country = CountryCodes.Of(parts[^1]) ?? "";
        var city = country.Length > 0 ? string.Join(' ', parts[..^1]) : string.Join(' ', parts);
        return new PlaceText(TextFolding.Fold(city), country, []);
    }

    public static PlaceText From(Place place) => place.Kind switch
    {
        PlaceKind.Country => new PlaceText(TextFolding.Fold(place.Name), place.CountryCode.ToUpperInvariant(), [], WholeCountry: true),
        PlaceKind.Zone => new PlaceText(TextFolding.Fold(place.Name), "", []),
        _ => new PlaceText(TextFolding.Fold(place.Name), place.CountryCode.ToUpperInvariant(), [.. (place.Members ?? []).Select(TextFolding.Fold)]),
    };

    /// <summary>
    /// Whether an actual place satisfies an expected one. A whole-country expectation ("DE") needs that
    /// whole country. Otherwise the countries must agree when both name one, and the names must: equal,
    /// one holding the other as whole words ("Bay Area" in "San Francisco Bay Area"), or a metro's member.
    /// </summary>
    public static bool Satisfies(PlaceText expected, PlaceText actual)
    {
        if (expected.City.Length == 0)
        {
            return actual.WholeCountry && actual.Country == expected.Country;
        }

        if (expected.Country.Length > 0 && actual.Country.Length > 0 && expected.Country != actual.Country)
        {
            return false;
        }

        return SameName(expected.City, actual.City) || actual.Members.Contains(expected.City);
    }

    private static bool SameName(string a, string b) =>
        a.Length > 0 && b.Length > 0 && (a == b || $" {a} ".Contains($" {b} ", StringComparison.Ordinal) || $" {b} ".Contains($" {a} ", StringComparison.Ordinal));
}
