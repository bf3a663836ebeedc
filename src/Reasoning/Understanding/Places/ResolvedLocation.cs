namespace Hiring.Reasoning.Understanding.Places;

/// <summary>A candidate's location as the gazetteer understands it; any part may be unknown.</summary>
/// <param name="City">The city, when its name is known (in the location's country and region, when those are).</param>
/// <param name="CityKey">The city as written, folded ("munchen"); empty when none.</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2 code; empty when unknown.</param>
/// <param name="Region">The first-level region, when known.</param>
/// <param name="Metro">The metro area, when the location names one instead of a city ("Bay Area").</param>
internal sealed record ResolvedLocation(GazetteerCity? City, string CityKey, string CountryCode, GazetteerRegion? Region, GazetteerMetro? Metro);
