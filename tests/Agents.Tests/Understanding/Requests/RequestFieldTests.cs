using Hiring.Agents.Tests.Support;
using Hiring.Contracts.Projects;
using Hiring.Reasoning.Understanding.Titles;

namespace Hiring.Agents.Tests.Understanding.Requests;

public sealed class RequestFieldTests
{
    [Theory]
    [InlineData("supply chain analyst in Atlanta, three to five years", 3)]
    [InlineData("QA engineer in Pune, 3 to 5 years", 3)]
    public void ARangeOfYearsInWordsReadsItsLowerBound(string text, int years) =>
        Assert.Equal(years, UnderstandingResources.Roles.Read(text).Years);

    [Theory]
    [InlineData("Position: Site Reliability Engineer (Staff)", "staff")]
    [InlineData("Product Designer (Lead), Amsterdam", "lead")]
    public void ALevelAloneInBracketsAfterTheTitleIsItsLevel(string text, string level) =>
        Assert.Equal(level, UnderstandingResources.Roles.Read(text).Seniority);

    [Theory]
    [InlineData("Pharmacist in Leeds, 4 years post-grad experience", null)]
    [InlineData("Physio in Cork, 2 yrs postgraduate experience, non-graduate applicants welcome", null)]
    [InlineData("Accounts assistants in Chennai, freshers welcome", "junior")]
    public void ALevelWordJoinedToAPrefixIsNoLevelAndFreshersAreJunior(string text, string? level) =>
        Assert.Equal(level, UnderstandingResources.Roles.Read(text).Seniority);

    [Theory]
    [InlineData("Payroll lead in Derby, in the office on Mondays, rest of the week from home", RemotePolicy.Hybrid)]
    [InlineData("Copywriter, Bristol, totally remote", RemotePolicy.Remote)]
    [InlineData("Analyst in Pune, no WFH, every day in the office", RemotePolicy.OnSite)]
    public void AWorkArrangementSaidInEverydayWordsIsRead(string text, RemotePolicy remote) =>
        Assert.Equal(remote, UnderstandingResources.Roles.Read(text).Places.Remote);

    [Theory]
    [InlineData("QA engineer working remotely from Latin America", "LATAM")]
    [InlineData("support agent, you'd work remotely from Portugal", "Portugal")]
    [InlineData("payroll analyst for the Calgary team, remote is fine provided they live in Canada", "Canada")]
    [InlineData("QA engineer, 100% remote as long as they are based in the UK", "United Kingdom")]
    public void WorkingRemotelyFromAPlaceIsRemoteWithinIt(string text, string within)
    {
        var places = UnderstandingResources.Roles.Read(text).Places;

        Assert.Equal(RemotePolicy.Remote, places.Remote);
        Assert.Equal(within, Assert.Single(places.RemoteWithin).Name);
    }

    [Fact]
    public void AMustOrNiceLabelGovernsWhatFollowsItsColon()
    {
        var reading = UnderstandingResources.Roles.Read("Role: platform engineer / Must have: Kubernetes, Helm / Nice to have: Terraform");

        Assert.Equal(QualificationKind.MustHave, Kind(reading, "kubernetes"));
        Assert.Equal(QualificationKind.MustHave, Kind(reading, "helm"));
        Assert.Equal(QualificationKind.NiceToHave, Kind(reading, "terraform"));
    }

    [Theory]
    [InlineData("customer success manager in Austin, Gainsight", "gainsight")]
    [InlineData("payroll specialist in Manchester, Kronos", "kronos")]
    public void AnUnknownProductNamedAloneAfterTheRoleIsARequirement(string text, string skill) =>
        Assert.Contains(skill, UnderstandingResources.Roles.Read(text).Requirements.Select(r => r.Subject));

    [Theory]
    [InlineData("store manager in Derby, visual merchandising systems knowledge is a plus", "merchandising")]
    [InlineData("warehouse lead in Hull, stock control software experience preferred", "inventory management")]
    public void AKindOfThingAfterARequirementIsNoRequirementOfItsOwn(string text, string skill)
    {
        var subjects = UnderstandingResources.Roles.Read(text).Requirements.Select(r => r.Subject).ToList();

        Assert.Contains(skill, subjects);
        Assert.DoesNotContain("systems", subjects);
        Assert.DoesNotContain("software", subjects);
    }

    [Theory]
    [InlineData("care assistant in Hull, days, car driver essential, clean dbs, food handling training a bonus", "food handling")]
    [InlineData("porter in Derby, weekends, pallet handling training would be nice", "pallet handling")]
    public void AnUnknownRequirementWithAWordOfWorkInsideStaysOnePhraseWithItsOwnKind(string text, string subject)
    {
        var reading = UnderstandingResources.Roles.Read(text);

        Assert.Equal(QualificationKind.NiceToHave, Kind(reading, subject));
        Assert.DoesNotContain(reading.Requirements, r => r.Subject is "training" or "handling");
    }

    [Theory]
    [InlineData("payroll administrator in Leeds, 3 years, workday", "workday")]
    [InlineData("recruiter in Austin, greenhouse, lever", "lever")]
    [InlineData("payroll lead in Leeds, workday + sage, 6+ yrs", "workday")]
    [InlineData("recruiter in Austin, greenhouse and lever", "greenhouse")]
    public void AProductWrittenInLowerCaseAsAListItemIsStillTheProduct(string text, string skill) =>
        Assert.Contains(skill, UnderstandingResources.Roles.Read(text).Requirements.Select(r => r.Subject));

    [Theory]
    [InlineData("bookkeeper in Surat, tally, 2 yrs", "tally")]
    [InlineData("accounts assistant in Ludhiana, tally, 1 yr", "tally")]
    public void ALowerCaseProductEndingInLyThatIsNoAdverbIsStillTheProduct(string text, string skill) =>
        Assert.Contains(skill, UnderstandingResources.Roles.Read(text).Requirements.Select(r => r.Subject));

    [Theory]
    [InlineData("really", true)]
    [InlineData("ideally", true)]
    [InlineData("simply", true)]
    [InlineData("happily", true)]
    [InlineData("basically", true)]
    [InlineData("tally", false)]
    [InlineData("anomaly", false)]
    [InlineData("only", false)]
    public void AnLyWordIsAnAdverbOnlyWhenMadeFromAWord(string word, bool adverb) =>
        Assert.Equal(adverb, Hiring.Reasoning.Understanding.Requests.UnknownRequirementRuns.IsAdverb(word));

    [Theory]
    [InlineData("mid level seems closer to their budget")]
    [InlineData("principal is way cleaner than staff for this")]
    public void AnErWordThatComparesIsNoTitle(string text) =>
        Assert.Null(UnderstandingResources.Roles.Read(text).Title);

    [Fact]
    public void AnErWordAfterAnArticleIsStillTheTitle() =>
        Assert.NotNull(UnderstandingResources.Roles.Read("we need a closer to handle escrow files in Phoenix").Title);

    [Fact]
    public void AnEverydayWordInsideAPhraseIsNoProduct() =>
        Assert.Empty(UnderstandingResources.Roles.Read("accountant in Leeds, long workday").Requirements);

    [Theory]
    [InlineData("backend engineer in Berlin, thx")]
    [InlineData("accountant, no location preference")]
    [InlineData("Accountant (m/f/d) in Hamburg")]
    [InlineData("designer in Lyon, location is flexible")]
    [InlineData("accountant in Dublin, 5 years min")]
    [InlineData("Role: data analyst / Location: Leeds")]
    public void ALowerCaseWordOrALabelAfterTheRoleIsNoRequirement(string text) =>
        Assert.Empty(UnderstandingResources.Roles.Read(text).Requirements);

    [Theory]
    [InlineData("python", "python developer", false)]
    [InlineData("salesforce", "salesforce administrator", false)]
    [InlineData("accounting", "accountant", true)]
    [InlineData("data engineering", "data engineer", true)]
    public void OnlyARequirementThatRestatesTheTitlesFieldIsAnEcho(string subject, string title, bool echo) =>
        Assert.Equal(echo, TitleEcho.RestatesField(subject, title));

    private static QualificationKind Kind(Hiring.Reasoning.Understanding.Requests.RoleReading reading, string subject) =>
        Assert.Single(reading.Requirements, r => r.Subject == subject).Kind;
}
