using Hiring.Contracts.Projects;
using Hiring.Evals.Suites.Spec;

namespace Hiring.Evals.Tests.Judges;

public sealed class PlaceTextTests
{
    [Theory]
    [InlineData("Munich, DE", "Munich, DE", true)]
    [InlineData("Munich, DE", "munich", true)]
    [InlineData("Munich, DE", "Munich, Germany", true)]
    [InlineData("Berlin, DE", "Berlin, US", false)]
    [InlineData("Berlin, DE", "Hamburg, DE", false)]
    [InlineData("DE", "Germany", true)]
    [InlineData("DE", "Berlin, DE", false)]
    [InlineData("New York, US", "New York City, US", true)]
    [InlineData("Singapore, SG", "Singapore", true)]
    public void AWrittenPlaceSatisfiesTheExpectedOneByCityAndCountry(string expected, string actual, bool satisfies)
    {
        Assert.Equal(satisfies, PlaceText.Satisfies(PlaceText.Parse(expected), PlaceText.Parse(actual)));
    }

    [Fact]
    public void AResolvedPlaceMatchesByItsNameAMetroByItsMembersAndACountryWhole()
    {
        var munich = PlaceText.From(new Place(PlaceKind.City, "Munich", "DE", "Bavaria"));
        var bayArea = PlaceText.From(new Place(PlaceKind.Metro, "San Francisco Bay Area", "US", "", ["San Francisco", "Oakland", "San Jose"]));
        var germany = PlaceText.From(new Place(PlaceKind.Country, "Germany", "DE"));

        Assert.True(PlaceText.Satisfies(PlaceText.Parse("Munich, DE"), munich));
        Assert.True(PlaceText.Satisfies(PlaceText.Parse("Bay Area, US"), bayArea));
        Assert.True(PlaceText.Satisfies(PlaceText.Parse("Oakland, US"), bayArea));
        Assert.True(PlaceText.Satisfies(PlaceText.Parse("DE"), germany));
        Assert.False(PlaceText.Satisfies(PlaceText.Parse("DE"), munich));
    }
}
