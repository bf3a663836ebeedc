using Hiring.Agents.Tests.Support;
using Hiring.Contracts.Projects;

namespace Hiring.Agents.Tests.Understanding.Requests;

/// <summary>Must or nice for each requirement, by the cue words around it.</summary>
public sealed class RequirementKindsTests
{
    [Theory]
    [InlineData("Store manager in Monterrey. Spanish is required and English is a plus.", "spanish", "english")]
    [InlineData("data analyst in Leeds, SQL is essential while Tableau would be a bonus", "sql", "tableau")]
    [InlineData("backend engineer in Berlin, Go required and ideally Rust", "go", "rust")]
    [InlineData("backend engineer in Berlin, must have Go and Rust is a plus", "go", "rust")]
    [InlineData("data analyst in Leeds, SQL is essential, Looker would be amazing", "sql", "looker")]
    [InlineData("backend engineer in Berlin, Go required, Rust would be brilliant but it's not a dealbreaker", "go", "rust")]
    [InlineData("backend engineer in Berlin :rocket: Go required, Rust nice to have :pray:", "go", "rust")]
    // Typed with nothing between the halves.
    [InlineData("bookkeeper in Leeds xero essential excel a bonus", "xero", "excel")]
    [InlineData("warehouse operative in Derby must have forklift licence nice to have polish", "forklift operation", "polish")]
    // A bonus said as "would be huge", "not req'd" or in Hinglish ("hai toh better"); "tho" closing it is no requirement.
    [InlineData("data analyst in Leeds, SQL is essential, Looker would be huge", "sql", "looker")]
    [InlineData("data analyst in Leeds, SQL is essential, Looker not req'd tho", "sql", "looker")]
    [InlineData("data analyst chahiye Pune mein, SQL must, Looker hai toh better", "sql", "looker")]
    public void AMustCueAndANiceCueJoinedInOneSentenceEachGovernTheirOwnHalf(string text, string must, string nice)
    {
        var requirements = UnderstandingResources.Roles.Read(text).Requirements;

        Assert.Equal(QualificationKind.MustHave, Assert.Single(requirements, r => r.Subject == must).Kind);
        Assert.Equal(QualificationKind.NiceToHave, Assert.Single(requirements, r => r.Subject == nice).Kind);
    }

    [Fact]
    public void TheShortFormOfThoughClosingABonusIsNoRequirement() =>
        Assert.DoesNotContain("tho", UnderstandingResources.Roles.Read("data analyst in Leeds, SQL, Looker would be nice tho").Requirements.Select(r => r.Subject));

    [Fact]
    public void YearsTypedBetweenRequirementsCloseTheListBeforeANiceCue()
    {
        var requirements = UnderstandingResources.Roles.Read("android dev in Lyon kotlin jetpack compose 4+ yrs french nice to have").Requirements;

        Assert.Equal(QualificationKind.MustHave, Assert.Single(requirements, r => r.Subject == "kotlin").Kind);
        Assert.Equal(QualificationKind.NiceToHave, Assert.Single(requirements, r => r.Subject == "french").Kind);
    }

    [Theory]
    [InlineData("sparky for a site in Leeds, bs7671 and cscs required", "18th edition", "cscs card")]
    [InlineData("site manager in Bristol, SMSTS and NEBOSH a must", "smsts", "nebosh")]
    public void UkSiteCardsAndWiringQualificationsAreSkills(string text, string first, string second)
    {
        var subjects = UnderstandingResources.Roles.Read(text).Requirements.Select(r => r.Subject).ToList();

        Assert.Contains(first, subjects);
        Assert.Contains(second, subjects);
    }

    [Theory]
    // Why, not what: "for tax reasons".
    [InlineData("accountant in Leeds, remote within the UK for tax reasons, excel", "tax")]
    // A clause, not a name: an adverb between its words.
    [InlineData("bookkeeper in York, xero, the rain finally stopped", "rain finally stopped")]
    // The part of the city, and the hotel's stars.
    [InlineData("concierge for a 4 star hotel on the Lisbon waterfront, french required", "waterfront")]
    [InlineData("concierge for a 4 star hotel on the Lisbon waterfront, french required", "star hotel")]
    // Apologies for dictation, and news passed on.
    [InlineData("barista in Leeds latte art sorry voice typing", "voice typing")]
    [InlineData("ok heard back they need food hygiene", "heard back")]
    public void WordsAroundTheRequirementsAreNoRequirement(string text, string notOne) =>
        Assert.DoesNotContain(UnderstandingResources.Roles.Read(text).Requirements, r => r.Subject.Contains(notOne, StringComparison.Ordinal));

    [Theory]
    [InlineData("registered nurse in Leeds, minimum to years", 2)]
    [InlineData("welder in Hull at least for years", 4)]
    public void ANumberDictatedByItsSoundIsReadWhereOnlyACountCanStand(string text, int years) =>
        Assert.Equal(years, UnderstandingResources.Roles.Read(text).Years);

    [Fact]
    public void ForYearsThatCountsNothingIsNoMinimum() =>
        Assert.Null(UnderstandingResources.Roles.Read("welder in Hull, the client has used us for years").Years);

    [Fact]
    public void ARequirementNamedTwiceTakesTheKindItsOwnWordsGiveIt()
    {
        var requirements = UnderstandingResources.Roles.Read(
            "copywriter in Cairo, our clients are mostly FMCG and telecom brands. Arabic is required. FMCG experience would be nice to have.").Requirements;

        Assert.Equal(QualificationKind.NiceToHave, Assert.Single(requirements, r => r.Subject == "consumer packaged goods").Kind);
        Assert.Equal(QualificationKind.MustHave, Assert.Single(requirements, r => r.Subject == "arabic").Kind);
    }

    [Fact]
    public void PpapAndApqpAreTwoRequirements() =>
        Assert.Equal(["ppap", "apqp"], UnderstandingResources.Roles.Read("quality engineer in Puebla. PPAP and APQP are required.").Requirements.Select(r => r.Subject));

    [Fact]
    public void TheCalendarsWordsAreNoRequirements() =>
        Assert.Equal(["english"], UnderstandingResources.Roles.Read("front office manager in Jakarta, opening in March, English required, starting on a Monday").Requirements.Select(r => r.Subject));

    [Fact]
    public void ShipsCalledCarriersAreNoHotelPorters() =>
        Assert.Equal("marine superintendent", UnderstandingResources.Roles.Read("we're looking for a technical superintendent to look after six bulk carriers in Singapore").Title?.Canonical);

    [Theory]
    [InlineData("We need someone to handle our exports and keep in touch with our buyers in Japan. Spanish required.")]
    [InlineData("I'm the administrator of a private hospital in Abuja. We need someone to manage our medical equipment.")]
    [InlineData("We need someone in York to run the shops day to day and coach the shop teams, food hygiene required.")]
    public void ARoleDescribedWithoutItsTitleHasNone(string text) =>
        Assert.Null(UnderstandingResources.Roles.Read(text).Title);

    [Fact]
    public void BothCuesOnOneRequirementMakeItNiceToHave() =>
        Assert.Equal(
            QualificationKind.NiceToHave,
            Assert.Single(UnderstandingResources.Roles.Read("backend engineer in Berlin, Kafka not a must, nice to have").Requirements, r => r.Subject == "kafka").Kind);
}
