using Hiring.Agents.Sourcing.Constraints;
using Hiring.Agents.Tests.Sourcing;
using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Talent;

namespace Hiring.Agents.Tests.Sourcing.Constraints;

/// <summary>The location seam over the gazetteer's place matcher, for resolved places and for specs stored with strings only.</summary>
public sealed class PlaceLocationMatcherTests
{
    private static readonly ILocationMatcher Matcher = Specs.Places;
    private static readonly Location Berlin = new("Berlin", "Berlin", "DE");
    private static readonly Location Munich = new("Munich", "Bavaria", "DE");
    private static readonly Location Montreal = new("Montreal", "QC", "CA");

    [Theory]
    [InlineData("Berlin")]
    [InlineData("Berlin, DE")]
    [InlineData("berlin")]
    public void APlaceWrittenByNameOrWithItsCountryCodeMatchesTheCity(string written)
    {
        var spec = Specs.Backend(locations: written);

        Assert.Equal(AssessmentVerdict.Met, Matcher.Match(spec, Berlin).Verdict);
        Assert.Equal(AssessmentVerdict.NotMet, Matcher.Match(spec, Munich).Verdict);
        Assert.Equal(AssessmentVerdict.NotMet, Matcher.Match(spec, Montreal).Verdict);
    }

    [Fact]
    public void AnOtherLanguageNameOfTheCityIsTheSameCity()
    {
        Assert.Equal(AssessmentVerdict.Met, Matcher.Match(Specs.Backend(locations: "München"), Munich).Verdict);
        Assert.Equal(AssessmentVerdict.Met, Matcher.Match(Specs.Backend(locations: "Munich, DE"), new Location("München", "Bayern", "DE")).Verdict);
    }

    [Fact]
    public void ACityIsNotTakenFromAnotherCountryOfTheSameName()
    {
        Assert.Equal(AssessmentVerdict.NotMet, Matcher.Match(Specs.Backend(locations: "Berlin, DE"), new Location("Berlin", "NH", "US")).Verdict);
    }

    [Fact]
    public void ACountryMatchesEveryCityOfTheCountryAndIsSearchedByCodeAndName()
    {
        var spec = Specs.Backend(locations: "DE");

        Assert.Equal(AssessmentVerdict.Met, Matcher.Match(spec, Munich).Verdict);
        Assert.Equal(AssessmentVerdict.NotMet, Matcher.Match(spec, Montreal).Verdict);
        Assert.Equal(["de", "germany"], Matcher.PlacesOf(spec).SearchTerms);
    }

    [Fact]
    public void AMetroWrittenAsAStringTakesItsMemberCities()
    {
        var spec = Specs.Backend(locations: "Bay Area");

        Assert.Equal(AssessmentVerdict.Met, Matcher.Match(spec, new Location("Oakland", "CA", "US")).Verdict);
        Assert.Equal(AssessmentVerdict.NotMet, Matcher.Match(spec, new Location("Seattle", "WA", "US")).Verdict);
        Assert.Contains("san francisco", Matcher.PlacesOf(spec).SearchTerms);
    }

    [Fact]
    public void ResolvedPlacesAreUsedWhenIntakeFilledThem()
    {
        var spec = Specs.Backend(locations: "somewhere") with { Places = [new Place(PlaceKind.City, "Munich", "DE", "Bavaria")] };

        Assert.Equal(AssessmentVerdict.Met, Matcher.Match(spec, Munich).Verdict);
        Assert.Equal(AssessmentVerdict.NotMet, Matcher.Match(spec, Berlin).Verdict);
    }

    [Fact]
    public void ARemoteRoleWithinAZoneTakesAnyoneLivingInItsCountries()
    {
        var spec = Specs.Backend(remote: RemotePolicy.Remote) with { RemoteWithin = [new Place(PlaceKind.Zone, "EU", "")] };

        Assert.Equal(AssessmentVerdict.Met, Matcher.Match(spec, Munich).Verdict);
        Assert.Equal(AssessmentVerdict.NotMet, Matcher.Match(spec, Montreal).Verdict);
        Assert.Equal(["remote within EU"], Matcher.PlacesOf(spec).Named);
        Assert.Contains("de", Matcher.PlacesOf(spec).SearchTerms);
    }

    [Fact]
    public void ARemoteRoleWithoutAScopeAndARoleWithoutPlacesDoNotConstrainLocation()
    {
        Assert.False(Matcher.PlacesOf(Specs.Backend(remote: RemotePolicy.Remote, locations: "Berlin")).Constrains);
        Assert.False(Matcher.PlacesOf(Specs.Backend()).Constrains);
        Assert.Equal(AssessmentVerdict.Met, Matcher.Match(Specs.Backend(), Montreal).Verdict);
    }

    [Fact]
    public void AProfileWithoutAPlaceIsUnknownNotMet()
    {
        Assert.Equal(AssessmentVerdict.Unknown, Matcher.Match(Specs.Backend(locations: "Berlin"), new Location("", "", "")).Verdict);
    }
}
