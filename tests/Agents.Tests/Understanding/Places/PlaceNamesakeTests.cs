using Hiring.Contracts.Projects;
using Hiring.Reasoning.Understanding.Places;
using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Agents.Tests.Understanding.Places;

/// <summary>Which place a name means, and which names of a message are places of the role, in a conversation.</summary>
public class PlaceNamesakeTests
{
    private static readonly PlaceReader Reader = new(Gazetteer.Default);

    private static PlaceReading Read(string text, params string[] near) => Reader.Read(text, Tokenizer.Tokenize(text), near.Length > 0 ? near : null);

    private static string Describe(IEnumerable<Place> places) => string.Join("; ", places.Select(p => $"{p.Name}, {p.CountryCode}"));

    [Theory]
    [InlineData("Sous chef for a tapas bar in Salamanca, 3 yrs", "Salamanca, ES")]
    [InlineData("Warehouse team lead - Valencia", "Valencia, ES")]
    [InlineData("ski lift operators for Queenstown this winter", "Queenstown, NZ")]
    public void AWellKnownCityIsMeantOverAMorePopulousNamesake(string text, string place) => Assert.Equal(place, Describe(Read(text).Places));

    [Fact]
    public void TheConversationsCountryStillDecidesAmongNamesakes() => Assert.Equal("Valencia, VE", Describe(Read("another one in Valencia", "VE").Places));

    [Theory]
    [InlineData("Mine surveyor based in Karratha, FIFO", "Karratha, AU")]
    [InlineData("Concierge for a hotel in Whistler", "Whistler, CA")]
    [InlineData("Dairy assistant in Te Awamutu, 2 yrs", "Te Awamutu, NZ")]
    public void TownsBelowTheGazetteersCutThatPeopleHireInAreKnown(string text, string place) => Assert.Equal(place, Describe(Read(text).Places));

    [Theory]
    [InlineData("Vet for a practice near London in Ontario", "London, CA")]
    [InlineData("shepherd for an estate outside Perth in Scotland", "Perth, GB")]
    public void ACityNamedInTheRegionOrCountryAfterItIsTheOneThere(string text, string place) => Assert.Equal(place, Describe(Read(text).Places));

    [Theory]
    [InlineData("Lab manager, Cambridge or Boston", "Cambridge, US; Boston, US")]
    [InlineData("Lab manager, London or Windsor", "London, GB; Windsor, GB")]
    public void TwoNamesakesListedTogetherAreThePairOfOneCountryWithTheMorePeople(string text, string places) => Assert.Equal(places, Describe(Read(text).Places));

    [Fact]
    public void AMessageOfNothingButTownNamesNamesThemInLowerCaseToo() => Assert.Equal("Tralee, IE; Killarney, IE", Describe(Read("tralee or killarney, either").Places));

    [Fact]
    public void ATownInLowerCasePutRightAgainstAPlaceOfTheConversationsCountryIsAPlace() =>
        Assert.Equal("Viborg, DK", Describe(Read("oh it's viborg not aarhus, sorry", "DK").Places));

    [Fact]
    public void ABigCityAfterACueIsAPlaceThoughWordsRunOnAfterIt() =>
        Assert.Equal("Glasgow, GB", Describe(Read("need a porter for the hotel in glasgow front desk team").Places));

    [Theory]
    [InlineData("Payroll clerk in Leeds, lots of clients in Ireland", "Leeds, GB")]
    [InlineData("Contabilista em Lisboa, muitos clientes em Espanha", "Lisbon, PT")]
    [InlineData("Tax analyst in Dublin, Spanish helpful given the Mexico entities", "Dublin, IE")]
    [InlineData("Data engineer in Oslo; most of our customers are Sweden-based", "Oslo, NO")]
    public void WhereClientsSuppliersOrEntitiesAreIsNoPlaceOfTheRole(string text, string place) => Assert.Equal(place, Describe(Read(text).Places));

    [Fact]
    public void ARemoteConditionOnWhereTheyLiveInAnotherLanguageScopesTheRemoteWork()
    {
        var reading = Read("gerne auch remote, solange sie in Österreich wohnen", "AT");

        Assert.Equal(RemotePolicy.Remote, reading.Remote);
        Assert.Empty(reading.Places);
        Assert.Equal("Austria, AT", Describe(reading.RemoteWithin));
    }

    [Fact]
    public void AnEventWeekendInACityIsWhereTheWorkIs() => Assert.Equal("Lisbon, PT", Describe(Read("stage crew for a festival weekend in Lisbon").Places));

    [Theory]
    [InlineData("sorry i meant reading not oxford")]
    [InlineData("not Oxford, it's Reading")]
    public void ATownThatIsAlsoAWordSaidInPlaceOfAPlaceIsAPlace(string text) => Assert.Equal("Reading, GB", Describe(Read(text, "GB").Places));

    [Fact]
    public void AWorkplaceWordAfterATownIsTheWorkplaceThere() => Assert.Equal("Memphis, US", Describe(Read("they moved it to their memphis DC", "US").Places));

    [Fact]
    public void ATownAfterTheFrenchAIsCuedThoughTheWordFoldsToTheEnglishArticle() =>
        Assert.Equal("Colmar, FR", Describe(Read("Serveur pour une brasserie à Colmar.").Places));

    [Fact]
    public void ATownAbroadBesideAnotherCapitalizedWordIsPartOfALongerName() =>
        Assert.Equal("Singapore, SG", Describe(Read("Front desk agent in Singapore, 5 shifts a week at the Marina Bay hotel").Places));

    [Fact]
    public void WhereSomeoneIsQualifiedIsNoPlaceOfTheRole() =>
        Assert.Equal("Dublin, IE", Describe(Read("Tax associate in Dublin, qualified in Ireland or the UK").Places));

    [Fact]
    public void APlaceSaidInsteadOfAnotherInDutchIsTheOneMeant() => Assert.Equal("Zwolle, NL", Describe(Read("het wordt Zwolle i.p.v. Deventer", "NL").Places));

    [Fact]
    public void APortugueseConditionOnWhereTheyLiveScopesTheRemoteWork() =>
        Assert.Equal("Portugal, PT", Describe(Read("pode ser remoto, desde que more em Portugal").RemoteWithin));
}
