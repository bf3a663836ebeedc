using Hiring.Contracts.Projects;
using Hiring.Contracts.Talent;
using Hiring.Reasoning.Understanding.Places;

namespace Hiring.Agents.Tests.Understanding.Places;

public class PlaceMatcherTests
{
    private static readonly Gazetteer Gazetteer = Gazetteer.Default;
    private static readonly PlaceMatcher Matcher = new(Gazetteer);

    private static Place City(string name, string country) => Gazetteer.FindCities(name, country)[0].ToPlace();

    [Fact]
    public void AStructuredLocationIsInItsCityRegionCountryAndZones()
    {
        var munich = new Location("Munich", "Bavaria", "DE");
        Assert.True(Matcher.Matches(munich, City("München", "DE")));
        Assert.True(Matcher.Matches(munich, Gazetteer.FindRegions("Bayern")[0].ToPlace()));
        Assert.True(Matcher.Matches(munich, Gazetteer.FindCountry("Germany")!.ToPlace()));
        Assert.True(Matcher.Matches(munich, Gazetteer.FindZone("DACH")!.ToPlace()));
        Assert.True(Matcher.Matches(munich, Gazetteer.FindZone("EU")!.ToPlace()));
        Assert.True(Matcher.Matches(munich, Gazetteer.FindMetro("Greater Munich")!.ToPlace()));
        Assert.False(Matcher.Matches(munich, City("Berlin", "DE")));
        Assert.False(Matcher.Matches(munich, Gazetteer.FindZone("Nordics")!.ToPlace()));
    }

    [Theory]
    [InlineData("Munich, Germany", "", "")]
    [InlineData("München, Deutschland", "", "")]
    [InlineData("Muenchen", "", "")]
    [InlineData("Munich", "", "Germany")]
    [InlineData("munich", "BY", "de")]
    public void FreeTextLocationsMatchByAnyOfTheCitysNames(string city, string region, string country)
    {
        var location = new Location(city, region, country);
        Assert.True(Matcher.Matches(location, City("Munich", "DE")));
        Assert.True(Matcher.Matches(location, Gazetteer.FindCountry("DE")!.ToPlace()));
    }

    [Fact]
    public void ACityOfTheSameNameElsewhereIsAnotherCity()
    {
        var portlandMaine = new Location("Portland", "ME", "US");
        Assert.False(Matcher.Matches(portlandMaine, City("Portland", "US")));
        Assert.True(Matcher.Matches(new Location("Portland, OR", "", ""), City("Portland", "US")));
        Assert.False(Matcher.Matches(new Location("Cambridge", "MA", "US"), City("Cambridge", "GB")));
        Assert.False(Matcher.Matches(new Location("Munich", "", "US"), City("Munich", "DE")));
    }

    [Fact]
    public void AMetroHoldsItsMembersAndTheirSurroundings()
    {
        var bayArea = Gazetteer.FindMetro("Bay Area")!.ToPlace();
        Assert.True(Matcher.Matches(new Location("Palo Alto", "CA", "US"), bayArea));
        Assert.True(Matcher.Matches(new Location("Saratoga", "CA", "US"), bayArea));
        Assert.True(Matcher.Matches(new Location("SF Bay Area", "", ""), bayArea));
        Assert.False(Matcher.Matches(new Location("Sacramento", "CA", "US"), bayArea));
        Assert.False(Matcher.Matches(new Location("Richmond", "VA", "US"), bayArea));
        Assert.True(Matcher.Matches(new Location("Croydon", "England", "GB"), Gazetteer.FindMetro("Greater London")!.ToPlace()));
    }

    [Fact]
    public void RegionsMatchByNameOrCode()
    {
        var texas = Gazetteer.FindRegions("Texas")[0].ToPlace();
        Assert.True(Matcher.Matches(new Location("Austin", "TX", "US"), texas));
        Assert.True(Matcher.Matches(new Location("Houston", "", "US"), texas));
        Assert.True(Matcher.Matches(new Location("Somewhere small", "Texas", "US"), texas));
        Assert.False(Matcher.Matches(new Location("Denver", "CO", "US"), texas));
    }

    [Fact]
    public void RemoteScopesAdmitOnlyTheirCountries()
    {
        var toronto = new Location("Toronto", "ON", "CA");
        Place[] us = [Gazetteer.FindCountry("US")!.ToPlace()];
        Assert.False(Matcher.InRemoteScope(toronto, us));
        Assert.True(Matcher.InRemoteScope(toronto, [.. us, Gazetteer.FindCountry("Canada")!.ToPlace()]));
        Assert.True(Matcher.InRemoteScope(toronto, []));
        Assert.True(Matcher.InRemoteScope(toronto, null));
        Assert.True(Matcher.InRemoteScope(new Location("Lisbon", "", "PT"), [Gazetteer.FindZone("EU")!.ToPlace()]));
        Assert.False(Matcher.InRemoteScope(new Location("London", "England", "GB"), [Gazetteer.FindZone("EU")!.ToPlace()]));
    }

    [Fact]
    public void ACityStateIsBothCityAndCountry()
    {
        var singapore = new Location("Singapore", "", "SG");
        Assert.True(Matcher.Matches(singapore, City("Singapore", "SG")));
        Assert.True(Matcher.Matches(singapore, Gazetteer.FindCountry("SG")!.ToPlace()));
        Assert.True(Matcher.Matches(singapore, Gazetteer.FindZone("APAC")!.ToPlace()));
    }

    [Fact]
    public void ReadPlacesMatchTheCandidatesTheyName()
    {
        var reading = new PlaceReader(Gazetteer).Read("Backend engineer in Köln or remote within the EU");
        Assert.True(Matcher.InAny(new Location("Cologne", "North Rhine-Westphalia", "DE"), reading.Places));
        Assert.True(Matcher.InRemoteScope(new Location("Porto", "", "PT"), reading.RemoteWithin));
        Assert.False(Matcher.InRemoteScope(new Location("Zurich", "", "CH"), reading.RemoteWithin));
    }
}
