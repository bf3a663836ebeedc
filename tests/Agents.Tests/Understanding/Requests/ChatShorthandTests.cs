using Hiring.Contracts.Projects;
using Hiring.Agents.Tests.Support;

namespace Hiring.Agents.Tests.Understanding.Requests;

/// <summary>Requests typed on a phone: short forms, slips, lone list items and levels set against each other.</summary>
public sealed class ChatShorthandTests
{
    [Theory]
    [InlineData("store mgr for a fashion retailer in dublin city centre", "store manager")]
    [InlineData("restaurant gm austin tx, high volume, 4+ yrs", "restaurant manager")]
    [InlineData("oops not head chef, sous chef. the head chef is staying lol", "sous chef")]
    [InlineData("need 3 field service techs around Denver", "field service technician")]
    [InlineData("two hvac techs for commercial sites, epa 608", "hvac technician")]
    // "ops" for operations, and a lorry licence's class written into the title ("CDL-A", "OTR").
    [InlineData("ops exec for a shipping agency in Rotterdam, 3 yrs", "operations analyst")]
    [InlineData("hiring CDL-A drivers out of Dallas, 1 yr exp", "truck driver")]
    public void AShortFormOrATitleSaidNotToBeTheOneReadsTheTitleMeant(string text, string title) =>
        Assert.Equal(title, UnderstandingResources.Roles.Read(text).Title?.Canonical);

    // "ppl" in chat is people; "PPL" as written is a pilot's licence.
    [Theory]
    [InlineData("ok now pull some ppl for it", false)]
    [InlineData("flight instructor in Perth, PPL and CPL, 500 hrs", true)]
    public void PplIsAPilotsLicenceOnlyAsWritten(string text, bool licence) =>
        Assert.Equal(licence, UnderstandingResources.Roles.Read(text).Requirements.Any(r => r.Subject == "pilot license"));

    [Theory]
    [InlineData("whoops, it's an LPN not an RN. licensed practical nurse", "rn")]
    [InlineData("sorry - a nursing assistant, not an LPN", "lpn")]
    public void ATitleSaidNotToBeTheRoleIsNoRequirement(string text, string written)
    {
        var reading = UnderstandingResources.Roles.Read(text);

        Assert.NotNull(reading.Title);
        Assert.DoesNotContain(reading.Requirements, r => r.Written.Equals(written, StringComparison.OrdinalIgnoreCase) || r.Subject is "oops" or "whoops");
    }

    [Theory]
    [InlineData("bilingual Korean reqd, 3+ yrs", "korean", QualificationKind.MustHave)]
    [InlineData("BLS req'd, 2 yrs acute care", "bls", QualificationKind.MustHave)]
    [InlineData("German conversation level is needed", "german", QualificationKind.MustHave)]
    public void ShorthandAndLevelWordsAroundARequirementAreNotPartOfIt(string text, string subject, QualificationKind kind) =>
        Assert.Contains(UnderstandingResources.Roles.Read(text).Requirements, r => r.Subject == subject && r.Kind == kind);

    [Theory]
    [InlineData("quick fix on the years - it's 6 to 8, not 8 to 10", 6)]
    [InlineData("PQE wise, 2-4 is the range they want", 2)]
    public void ABareRangeRightAfterYearsNamedIsTheYears(string text, int years) =>
        Assert.Equal(years, UnderstandingResources.Roles.Read(text).Years);

    [Fact]
    public void SchoolYearsAreNoYearsOfExperience() =>
        Assert.Null(UnderstandingResources.Roles.Read("Science teacher for Years 8-11 in Perth, WWCC").Years);

    [Theory]
    [InlineData("head barman, nights, cash handling", "Batman")]
    [InlineData("relief boatman, weekends", "Batman")]
    public void AWordOfTheTitlesIsNoMisspelledCity(string text, string city)
    {
        Assert.NotNull(Hiring.Reasoning.Understanding.Places.Gazetteer.Default.Spelling.Meant(text.Split(' ')[1].TrimEnd(',')));
        Assert.DoesNotContain(UnderstandingResources.Roles.Read(text).Places.Places, p => p.Name == city);
    }

    [Fact]
    public void AChatAbbreviationAloneIsNoTitle() =>
        Assert.Null(UnderstandingResources.Roles.Read("gm! any news on the search?").Title);

    [Theory]
    [InlineData("make it mid not sr, its a band 6 post", "mid")]
    [InlineData("not jr, mid pls, they want someone whos done it before", "mid")]
    [InlineData("more of a mid tbh", "mid")]
    [InlineData("they'd like someone less senior, staff level", "staff")]
    [InlineData("desarrollador backend, nivel intermedio", "mid")]
    [InlineData("android dev, bristol, kotlin, lead lvl", "lead")]
    [InlineData("qa engineer, mid-lvl, cypress", "mid")]
    public void ALevelSaidNotToBeTheOneGivesWayToTheOneNamed(string text, string level) =>
        Assert.Equal(level, UnderstandingResources.Roles.Read(text).Seniority);

    [Theory]
    [InlineData("barista in melbourne, latte art, 1yr exp", "latte art")]
    [InlineData("need an electrician in leeds, 18th edition, 3+ yrs exp pls", "18th edition")]
    [InlineData("account mgr b2b saas manchester, 3+ yrs, salesforse", "salesforce")]
    [InlineData("SRE münchen, go + kubernetes + prometheus, staff level", "go")]
    public void AListItemTypedInChatIsARequirement(string text, string subject) =>
        Assert.Contains(subject, UnderstandingResources.Roles.Read(text).Requirements.Select(r => r.Subject));

    [Fact]
    public void ALevelAfterItsLabelIsTheLevelAndATimeZoneIsNoRequirement()
    {
        var reading = UnderstandingResources.Roles.Read("Role: Platform Engineer\nLevel: Staff\nLocation: Remote (CET ±2)\nMust: Terraform");

        Assert.Equal("staff", reading.Seniority);
        Assert.Equal(["terraform"], reading.Requirements.Select(r => r.Subject));
    }

    [Theory]
    [InlineData("fullstack dev, node, remote us only", "United States")]
    [InlineData("Fully remote, but you must live in an EU member state", "EU")]
    public void WhereARemoteWorkerMustLiveIsReadAsTypedAndNothingElse(string text, string within)
    {
        var reading = UnderstandingResources.Roles.Read(text);

        Assert.Equal(within, Assert.Single(reading.Places.RemoteWithin).Name);
        Assert.DoesNotContain(reading.Requirements, r => r.Subject is "live" or "member state" or "us");
    }

    [Fact]
    public void ABigTechLevelIsNoSkill() =>
        Assert.DoesNotContain("ic4", UnderstandingResources.Roles.Read("IC4 backend engineer, Seattle, Go + gRPC").Requirements.Select(r => r.Subject));

    [Fact]
    public void ARequirementSaidNotToBeNeededIsNoRequirement()
    {
        var reading = UnderstandingResources.Roles.Read("fp&a analyst amsterdam, 3 yrs, power bi, excel, dutch not needed");

        Assert.DoesNotContain("dutch", reading.Requirements.Select(r => r.Subject));
        Assert.Contains("power bi", reading.Requirements.Select(r => r.Subject));
        Assert.Equal("dutch", Assert.Single(reading.NotNeeded!).Subject);
    }

    [Theory]
    [InlineData("payroll officer in Leeds, Sage, no Xero required")]
    [InlineData("Lohnbuchhalter in Köln, DATEV, kein Xero erforderlich")]
    public void AListItemOpenedByNoBesideAMustCueIsNoRequirement(string request)
    {
        var reading = UnderstandingResources.Roles.Read(request);

        Assert.DoesNotContain("xero", reading.Requirements.Select(r => r.Subject));
        Assert.Equal("xero", Assert.Single(reading.NotNeeded!).Subject);
    }

    [Theory]
    [InlineData("Data analyst\nNice to have\n- ACCA (or in progress)\n- Tableau", "progress")]
    [InlineData("Site engineer, Leeds\nRequirements\n- Experience managing subcontractors on site\n- CSCS card", "card")]
    public void AnEverydayWordOfAJobAdIsNoRequirement(string text, string word) =>
        Assert.DoesNotContain(word, UnderstandingResources.Roles.Read(text).Requirements.Select(r => r.Subject));

    [Theory]
    [InlineData("sr accountant in dublin, xero + sage, 4yrs", "sage accounting")]
    [InlineData("primary teacher in glasgow, gaelic a bonus", "gaelic")]
    public void AnEverydayWordListedOrCuedIsARequirement(string text, string word) =>
        Assert.Contains(word, UnderstandingResources.Roles.Read(text).Requirements.Select(r => r.Subject));

    [Theory]
    [InlineData("we need someone who can communicate, marketing")]
    [InlineData("operations manager in Leeds, operations")]
    public void AWordOfTheLanguageIsNoSlipOfASkill(string text) =>
        Assert.DoesNotContain(UnderstandingResources.Roles.Read(text).Requirements, r => r.Subject != TokenKey(r.Written));

    private static string TokenKey(string written) => Hiring.Reasoning.Understanding.Text.TokenFold.Key(written);
}
