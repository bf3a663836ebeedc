using Hiring.Agents.Tests.Support;
using Hiring.Reasoning.Understanding.Requests;
using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Agents.Tests.Understanding.Requests;

/// <summary>Titles written the way people type in chat: slips, short forms, products before a head, tools that are also jobs.</summary>
public sealed class TitleWordingTests
{
    [Theory]
    [InlineData("need a billing integration analyst in Denver", "analyst")]
    [InlineData("need a react native dev in Lisbon", "engineer")]
    public async Task TheNearestTitleKeepsTheKindOfJobTheRecruitersHeadNounNames(string text, string head)
    {
        var reading = await UnderstandingResources.Roles.ReadAsync(text);

        Assert.EndsWith(head, reading.Title!.Canonical, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Hi, in-house recruiter here. Management accountant in Bristol, CIMA qualified", "management accountant")]
    [InlineData("I'm an agency recruiter, looking for a payroll specialist in Leeds", "payroll specialist")]
    [InlineData("hello, talent partner here - need a housing officer in Sheffield", "housing officer")]
    [InlineData("hey there, talent partner here - we need a senior data engineer in Valencia, spark and airflow", "data engineer")]
    public void TheTitleOfWhoeverWritesIsNotTheRoleAskedFor(string text, string title)
    {
        Assert.Equal(title, UnderstandingResources.Roles.Read(text).Title?.Canonical);
    }

    [Theory]
    [InlineData("we need a plumbr in Bristol asap", "plumber")]
    [InlineData("can you find a warehose manager in Reading", "warehouse manager")]
    [InlineData("senior java develper, Spring Boot", "java developer")]
    [InlineData("electrican needed in Cardiff", "electrician")]
    [InlineData("frontend enginer", "frontend engineer")]
    [InlineData("lookin for a senior softare enginer in Austin, Redis + Kafka", "software engineer")]
    [InlineData("Looking for an entry-level customer support rep in Manila", "customer support representative")]
    public void ASlipInATitleWordIsReadPast(string text, string title)
    {
        var reading = UnderstandingResources.Roles.Read(text);

        Assert.Equal(title, reading.Title?.Canonical);
        Assert.Equal(TitleOrigin.Vocabulary, reading.Title?.Origin);
    }

    [Theory]
    [InlineData("we need a QA complaints coordinator in Leeds", "qa complaints coordinator")]
    [InlineData("hiring an HR shared services coordinator, Dublin", "hr shared services coordinator")]
    [InlineData("looking for an SDR team coordinator in Porto", "sdr team coordinator")]
    public void AnAbbreviatedTitleBeforeMoreWordsAndAHeadIsAModifierOfTheRecruitersOwnTitle(string text, string title)
    {
        var reading = UnderstandingResources.Roles.Read(text);

        Assert.Equal(title, reading.Title?.Canonical);
        Assert.DoesNotContain(reading.Requirements, r => r.Subject.Contains("manager", StringComparison.Ordinal) || r.Subject.Contains("coordinator", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("need an SRE lead in Austin", "site reliability engineer")]
    [InlineData("we need a senior data engineer in Valencia", "data engineer")]
    [InlineData("RN case manager, nights, Tulsa", "case manager nurse")]
    [InlineData("we need a QA lab manager in Leeds", "laboratory manager")]
    public void AVocabularyTitleStaysWhenOnlyALevelOrNothingFollowsIt(string text, string title) =>
        Assert.Equal(title, UnderstandingResources.Roles.Read(text).Title?.Canonical);

    [Theory]
    [InlineData("looking for a payments analyst in Dublin, SEPA", "payments operations analyst")]
    [InlineData("e-commerce operations coordinator in Lyon, Shopify", "ecommerce operations specialist")]
    public void AnOperationsTitleOfItsFieldKeepsTheField(string text, string title) =>
        Assert.Equal(title, UnderstandingResources.Roles.Read(text).Title?.Canonical);

    [Fact]
    public void LowerCaseCnaIsCanTypedFastNotANursingAssistant()
    {
        var reading = UnderstandingResources.Roles.Read("hey cna you find me a junior accountant in Warszawa, IFRS");

        Assert.Equal("accountant", reading.Title?.Canonical);
        Assert.DoesNotContain(reading.Requirements, r => r.Subject == "nursing assistance");
        Assert.Equal("certified nursing assistant", UnderstandingResources.Roles.Read("need a CNA in Tulsa, nights").Title?.Canonical);
    }

    [Theory]
    [InlineData("pm for a fintech in sf, 5+ yrs, payments exp required", "product manager")]
    [InlineData("need a senior ae in Chicago, SaaS", "account executive")]
    public void ATitleWrittenInCapitalsIsReadInLowerCaseWhereARoleIsNamed(string text, string title) =>
        Assert.Equal(title, UnderstandingResources.Roles.Read(text).Title?.Canonical);

    [Theory]
    [InlineData("pm me the shortlist when it is ready")]
    [InlineData("gm team, anything new?")]
    [InlineData("call at 3 pm about Kafka")]
    public void ALowerCaseWordThatIsATitleInCapitalsIsNoRoleInChat(string text) =>
        Assert.Null(UnderstandingResources.Roles.Read(text).Title);

    [Theory]
    [InlineData("lookng", "looking")]
    [InlineData("recruitr", "recruiter")]
    [InlineData("adminstrator", "administrator")]
    public void AnUnknownWordIsTheVocabularyWordOneSlipAway(string written, string meant) =>
        Assert.Equal(meant, UnderstandingResources.Spelling.Meant(written));

    [Theory]
    [InlineData("redis")]
    [InlineData("kafka")]
    [InlineData("maria")]
    [InlineData("lopez")]
    [InlineData("sorry")]
    [InlineData("managed")]
    [InlineData("factory")]
    public void KnownSkillsNamesAndEverydayWordsAreNoSlips(string written) =>
        Assert.Null(UnderstandingResources.Spelling.Meant(written));

    [Fact]
    public void ACapitalizedWordInsideASentenceIsANameAndLeftAsWritten()
    {
        // "marie" alone would be read as "marine"; "Marie" inside a sentence is a person.
        var tokens = Tokenizer.Tokenize("please send the shortlist to Marie today");

        var corrected = UnderstandingResources.Spelling.Correct(tokens, new bool[tokens.Count]);

        Assert.Equal("marie", corrected[5].Folded);
        Assert.Equal("marine", UnderstandingResources.Spelling.Meant("marie"));
    }

    [Fact]
    public void ASlipOutsideTheTitleDoesNotBecomeATitleWord()
    {
        var reading = UnderstandingResources.Roles.Read("someone who has managed teams of 10, Redis and Kafka");

        Assert.Null(reading.Title);
        Assert.Contains("redis", reading.Requirements.Select(r => r.Subject));
    }

    [Theory]
    [InlineData("HubSpot developer, remote US", "hubspot developer")]
    [InlineData("a Snowflake architect in Denver", "snowflake architect")]
    [InlineData("we need a Terraform engineer in Austin", "terraform engineer")]
    public async Task AKnownSkillBeforeATitleHeadIsTheRecruitersOwnTitle(string text, string title)
    {
        var reading = await UnderstandingResources.Roles.ReadAsync(text);

        Assert.Equal(title, reading.Title?.Canonical);
        Assert.Equal(TitleOrigin.Compound, reading.Title?.Origin);
    }

    [Theory]
    [InlineData("add Puppeteer as a nice to have")]
    [InlineData("someone strong in Puppet, Chef and Ansible")]
    [InlineData("take out Composer please")]
    public void AToolThatIsAlsoAJobIsNoTitleAmongSkillsOrWhenOnlyEscoHasIt(string text) =>
        Assert.Null(UnderstandingResources.Roles.Read(text).Title);

    [Fact]
    public void AChefOutsideAListOfSkillsIsStillAChef() =>
        Assert.Equal("chef", UnderstandingResources.Roles.Read("Chef in Leeds, fine dining").Title?.Canonical);

    [Theory]
    [InlineData("no, that's more of a dev skill")]
    [InlineData("5 years of java dev experience required")]
    public void AShortFormBeforeANounOfItsOwnModifiesItAndNamesNoTitle(string text) =>
        Assert.Null(UnderstandingResources.Roles.Read(text).Title);

    [Theory]
    [InlineData("java dev with Spring in Berlin", "java developer")]
    [InlineData("sr fe dev, Boston, react", "frontend engineer")]
    [InlineData("fs dev, remote EU", "full stack engineer")]
    [InlineData("sw engineer in Munich", "software engineer")]
    public void CommonShortFormsOfTitlesAreKnown(string text, string title) =>
        Assert.Equal(title, UnderstandingResources.Roles.Read(text).Title?.Canonical);

    [Theory]
    [InlineData("oh and they need a valid driver's license")]
    [InlineData("needs the hiring manager's sign-off first")]
    [InlineData("for our hotel in Porto, Opera PMS plus Portuguese")]
    public void APossessiveOrAnAcronymInCapitalsIsNoTitle(string text) =>
        Assert.Null(UnderstandingResources.Roles.Read(text).Title);

    [Fact]
    public void APluralShortFormInLowerCaseStillNamesTheTitle() =>
        Assert.Equal("product manager", UnderstandingResources.Roles.Read("need 3 PMs for our Berlin office").Title?.Canonical);

    [Fact]
    public void ASlipInALevelIsReadPast() =>
        Assert.Equal("senior", UnderstandingResources.Roles.Read("lookin for a senoir frontend dev in Warszawa").Seniority);

    [Theory]
    [InlineData("salary up to 12 lakh, early joiners preferred")]
    [InlineData("only new starters who can come in next week")]
    public void AWordForNewHiresAfterAWordOfWhenIsAboutAvailabilityNotATitle(string text) =>
        Assert.Null(UnderstandingResources.Roles.Read(text).Title);

    [Fact]
    public void AJoinerWithoutAWordOfWhenIsStillACarpenter() =>
        Assert.Equal("carpenter", UnderstandingResources.Roles.Read("need a joiner in Leeds").Title?.Canonical);

    [Theory]
    [InlineData("senior cra in Lyon, french + ICH-GCP")]
    [InlineData("need a CRA for oncology trials in Madrid")]
    public void ARealTitleAbbreviationNamesItsTitle(string text) =>
        Assert.Equal("clinical research associate", UnderstandingResources.Roles.Read(text).Title?.Canonical);
}
