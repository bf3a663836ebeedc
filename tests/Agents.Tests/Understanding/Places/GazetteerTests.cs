using Hiring.Contracts.Projects;
using Hiring.Reasoning.Understanding.Places;
using Hiring.Talent.Synthetic;

namespace Hiring.Agents.Tests.Understanding.Places;

public class GazetteerTests
{
    private static Gazetteer Gazetteer => Gazetteer.Default;

    [Fact]
    public void TheDataFilesLoadWithTheExpectedSizes()
    {
        Assert.True(Gazetteer.Cities.Count >= 20_000, $"{Gazetteer.Cities.Count} cities");
        Assert.True(Gazetteer.Countries.Count >= 240, $"{Gazetteer.Countries.Count} countries");
        Assert.True(Gazetteer.Regions.Count >= 2_000, $"{Gazetteer.Regions.Count} regions");
        Assert.True(Gazetteer.Metros.Count >= 30, $"{Gazetteer.Metros.Count} metros");
        Assert.True(Gazetteer.Zones.Count >= 20, $"{Gazetteer.Zones.Count} zones");
        Assert.Same(Gazetteer.Default, Gazetteer);
    }

    [Fact]
    public void EveryCityOfTheSyntheticPoolResolvesToItselfAndMatchesItsProfileLocation()
    {
        var matcher = new PlaceMatcher(Gazetteer);
        foreach (var location in CityCatalog.All)
        {
            var cities = Gazetteer.FindCities(location.City, location.Country);
            Assert.True(cities.Count > 0, $"{location} is not in the gazetteer");
            Assert.True(matcher.Matches(location, cities[0].ToPlace()), $"{location} is not in {cities[0].ToPlace()}");
            Assert.True(matcher.Matches(location, Gazetteer.FindCountry(location.Country)!.ToPlace()), $"{location} is not in its country");
        }
    }

    [Theory]
    [InlineData("München", "Munich", "DE")]
    [InlineData("Muenchen", "Munich", "DE")]
    [InlineData("Köln", "Cologne", "DE")]
    [InlineData("Koeln", "Cologne", "DE")]
    [InlineData("Wien", "Vienna", "AT")]
    [InlineData("Praha", "Prague", "CZ")]
    [InlineData("Lisboa", "Lisbon", "PT")]
    [InlineData("Milano", "Milan", "IT")]
    [InlineData("Roma", "Rome", "IT")]
    [InlineData("Firenze", "Florence", "IT")]
    [InlineData("Napoli", "Naples", "IT")]
    [InlineData("Torino", "Turin", "IT")]
    [InlineData("Bruxelles", "Brussels", "BE")]
    [InlineData("Antwerpen", "Antwerp", "BE")]
    [InlineData("Genève", "Geneva", "CH")]
    [InlineData("Zürich", "Zurich", "CH")]
    [InlineData("Zuerich", "Zurich", "CH")]
    [InlineData("Warszawa", "Warsaw", "PL")]
    [InlineData("Kraków", "Krakow", "PL")]
    [InlineData("København", "Copenhagen", "DK")]
    [InlineData("Göteborg", "Gothenburg", "SE")]
    [InlineData("Den Haag", "The Hague", "NL")]
    [InlineData("Sevilla", "Seville", "ES")]
    [InlineData("Moskva", "Moscow", "RU")]
    [InlineData("Bombay", "Mumbai", "IN")]
    [InlineData("Bengaluru", "Bangalore", "IN")]
    [InlineData("Peking", "Beijing", "CN")]
    [InlineData("Calcutta", "Kolkata", "IN")]
    [InlineData("Madras", "Chennai", "IN")]
    [InlineData("Saigon", "Ho Chi Minh City", "VN")]
    [InlineData("Kiev", "Kyiv", "UA")]
    [InlineData("Sao Paulo", "São Paulo", "BR")]
    [InlineData("St. Petersburg", "Saint Petersburg", "RU")]
    public void CitiesAreFoundByTheirOtherNames(string written, string english, string country)
    {
        var city = Gazetteer.FindCities(written)[0];
        Assert.Equal((english, country), (city.Name, city.CountryCode));
    }

    [Fact]
    public void CitiesOfOneNameComeMostPopulousFirstAndByCountry()
    {
        var portlands = Gazetteer.FindCities("Portland");
        Assert.Equal(("Oregon", "OR"), (portlands[0].Region, portlands[0].RegionCode));
        Assert.Contains(portlands, c => c.RegionCode == "ME");
        Assert.Equal("GB", Gazetteer.FindCities("Cambridge")[0].CountryCode);
        Assert.Equal("MA", Gazetteer.FindCities("Cambridge", "US")[0].RegionCode);
        Assert.Equal("Bavaria", Gazetteer.FindCities("Munich", "DE")[0].Region);
        Assert.Empty(Gazetteer.FindCities("Munich", "FR"));
    }

    [Fact]
    public void CountriesAreFoundByCodeNameAliasAndOtherLanguages()
    {
        Assert.Equal("US", Gazetteer.FindCountry("USA")!.Code);
        Assert.Equal("US", Gazetteer.FindCountry("United States of America")!.Code);
        Assert.Equal("GB", Gazetteer.FindCountry("UK")!.Code);
        Assert.Equal("GB", Gazetteer.FindCountry("Great Britain")!.Code);
        Assert.Equal("DE", Gazetteer.FindCountry("Deutschland")!.Code);
        Assert.Equal("NL", Gazetteer.FindCountry("Holland")!.Code);
        Assert.Equal("AE", Gazetteer.FindCountry("UAE")!.Code);
        Assert.Equal("CH", Gazetteer.FindCountry("Schweiz")!.Code);
        Assert.Equal("ES", Gazetteer.FindCountry("España")!.Code);
        Assert.Equal("PL", Gazetteer.FindCountry("Polska")!.Code);
        Assert.Equal("German", Gazetteer.FindCountry("de")!.Demonym);
        Assert.Null(Gazetteer.FindCountry("England"));
    }

    [Fact]
    public void RegionsAreFoundByNameCodeAndAlias()
    {
        Assert.Equal("BY", Gazetteer.FindRegions("Bavaria")[0].Code);
        Assert.Equal("Bavaria", Gazetteer.FindRegions("Bayern")[0].Name);
        Assert.Equal("California", Gazetteer.FindRegions("CA", "US")[0].Name);
        Assert.Equal("England", Gazetteer.FindRegions("England")[0].Name);
        Assert.Equal("Île-de-France", Gazetteer.FindRegions("Ile de France")[0].Name);
        Assert.Equal("WA", Gazetteer.FindRegions("Washington State")[0].Code);
    }

    [Fact]
    public void MetrosAndZonesResolveTheirMembers()
    {
        var bayArea = Gazetteer.FindMetro("Silicon Valley")!;
        Assert.Equal("San Francisco Bay Area", bayArea.Name);
        Assert.Contains(bayArea.Cities, c => c.Name == "Palo Alto");
        Assert.All(bayArea.Cities, c => Assert.Equal("California", c.Region));
        Assert.Equal("WA", Gazetteer.FindMetro("Portland metro")!.Cities.Single(c => c.Name == "Vancouver").RegionCode);
        Assert.Equal(["AT", "CH", "DE"], Gazetteer.FindZone("DACH")!.CountryCodes.Order());
        Assert.Equal(27, Gazetteer.FindZone("European Union")!.CountryCodes.Count);
        Assert.Contains("SE", Gazetteer.FindZone("Nordics")!.CountryCodes);
    }

    [Fact]
    public void ResolvedPlacesBecomeTheContractsPlace()
    {
        Assert.Equal(new Place(PlaceKind.City, "Munich", "DE", "Bavaria"), Gazetteer.FindCities("München")[0].ToPlace());
        Assert.Equal(new Place(PlaceKind.Country, "Germany", "DE"), Gazetteer.FindCountry("DE")!.ToPlace());
        Assert.Equal(new Place(PlaceKind.Region, "Bavaria", "DE", "BY"), Gazetteer.FindRegions("Bavaria")[0].ToPlace());
        var zone = Gazetteer.FindZone("EU")!.ToPlace();
        Assert.Equal((PlaceKind.Zone, "", 27), (zone.Kind, zone.CountryCode, zone.Members!.Count));
        var metro = Gazetteer.FindMetro("Bay Area")!.ToPlace();
        Assert.Equal((PlaceKind.Metro, "US", "San Francisco"), (metro.Kind, metro.CountryCode, metro.Members![0]));
        Assert.IsType<GazetteerCity>(Gazetteer.Resolve(new Place(PlaceKind.City, "Portland", "US", "Maine")));
        Assert.Equal("ME", ((GazetteerCity)Gazetteer.Resolve(new Place(PlaceKind.City, "Portland", "US", "Maine"))!).RegionCode);
    }
}
