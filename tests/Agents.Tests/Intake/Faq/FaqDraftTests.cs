using Hiring.Agents.Intake.Faq;
using Hiring.Agents.Tests.Intake.Support;
using Hiring.Contracts.Projects;

namespace Hiring.Agents.Tests.Intake.Faq;

public sealed class FaqDraftTests
{
    private const string BackendDescription = """
        Senior Backend Engineer
        Location: Berlin
        This is a hybrid role: three days a week in our Berlin office.

        About the team
        You'll join the Payments team of six engineers, reporting to the Head of Engineering.

        Requirements:
        - 5+ years of Go
        - Experience leading a team of 3 or more
        - Kubernetes

        Compensation: €70–85k plus an annual bonus.

        Interview process:
        - 30-minute call with the recruiter
        - Technical interview with two engineers
        - Final conversation with the Head of Engineering

        We sponsor visas and offer relocation support to Berlin.
        """;

    private const string SalesDescription = """
        Account Executive
        Location: Austin, TX
        This is an on-site role.

        What you'll do:
        - Own the full sales cycle with mid-market customers
        - Work with the team to hit quarterly targets

        What we offer:
        - OTE $120,000-$140,000 with uncapped commission
        - Great benefits including a 401k match
        """;

    private const string FinanceDescription = """
        Financial Analyst
        Based in London, hybrid.
        You will report to the Finance Director and work alongside two analysts.
        Salary up to 90k depending on experience.
        Please note we are unable to offer visa sponsorship for this role.
        """;

    [Fact]
    public async Task AJobDescriptionGivesTheSalaryRangeTheHybridPolicyTheTeamTheProcessAndTheVisaStatement()
    {
        var draft = (await IntakeHarness.ExtractAsync(BackendDescription)).Faq!;

        Assert.Equal([FaqTopic.Compensation, FaqTopic.Location, FaqTopic.Team, FaqTopic.Process, FaqTopic.Visa], draft.Topics);
        Assert.Empty(draft.Missing);
        Assert.Null(draft.Question);
        Assert.Contains("€70–85k", Answer(draft, FaqTopic.Compensation), StringComparison.Ordinal);
        var location = Answer(draft, FaqTopic.Location);
        Assert.Contains("Berlin", location, StringComparison.Ordinal);
        Assert.Contains("hybrid", location, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("three days a week in our Berlin office", location, StringComparison.Ordinal);
        Assert.Contains("Payments team of six engineers", Answer(draft, FaqTopic.Team), StringComparison.Ordinal);
        Assert.DoesNotContain("leading a team", Answer(draft, FaqTopic.Team), StringComparison.Ordinal);
        Assert.Contains("Technical interview with two engineers", Answer(draft, FaqTopic.Process), StringComparison.Ordinal);
        Assert.Contains("We sponsor visas and offer relocation support to Berlin.", Answer(draft, FaqTopic.Visa), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSpecOfTheDraftCarriesTheDraftedFaq()
    {
        var job = await IntakeHarness.ExtractAsync(BackendDescription);

        Assert.Equal(job.Faq!.Entries, job.ToSpec().Faq);
    }

    [Fact]
    public async Task ADollarRangeIsTheCompensationAndA401kMatchIsNot()
    {
        var draft = (await IntakeHarness.ExtractAsync(SalesDescription)).Faq!;

        var pay = Answer(draft, FaqTopic.Compensation);
        Assert.Contains("$120,000-$140,000", pay, StringComparison.Ordinal);
        Assert.DoesNotContain("401k", pay, StringComparison.Ordinal);
        Assert.Contains("Austin", Answer(draft, FaqTopic.Location), StringComparison.Ordinal);
        Assert.Contains("on site", Answer(draft, FaqTopic.Location), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TopicsTheTextDoesNotStateAreListedAndAskedInOneQuestion()
    {
        var draft = (await IntakeHarness.ExtractAsync(SalesDescription)).Faq!;

        Assert.Equal([FaqTopic.Team, FaqTopic.Process, FaqTopic.Visa], draft.Missing);
        Assert.NotNull(draft.Question);
        Assert.Equal(1, draft.Question.Count(c => c == '?'));
        Assert.Contains("team", draft.Question, StringComparison.Ordinal);
        Assert.Contains("interview process", draft.Question, StringComparison.Ordinal);
        Assert.Contains("visa", draft.Question, StringComparison.Ordinal);
        Assert.DoesNotContain("salary", draft.Question, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUpperBoundIsCompensationAndAVisaRefusalIsQuotedAsWritten()
    {
        var draft = (await IntakeHarness.ExtractAsync(FinanceDescription)).Faq!;

        Assert.Contains("up to 90k", Answer(draft, FaqTopic.Compensation), StringComparison.Ordinal);
        Assert.Contains("report to the Finance Director", Answer(draft, FaqTopic.Team), StringComparison.Ordinal);
        Assert.Equal("Please note we are unable to offer visa sponsorship for this role.", Answer(draft, FaqTopic.Visa));
        Assert.Equal([FaqTopic.Process], draft.Missing);
    }

    [Fact]
    public async Task MarkedUpHeadingsAndNumberedStepsAreReadAsTheirTopics()
    {
        const string text = """
            ## Staff Data Scientist — Remote (US)

            **The team**
            You will work alongside 4 data scientists and report to the VP of Data.

            **What we offer**
            - Base salary: USD 180,000 – 210,000
            - Equity

            **Our hiring process**
            1. Intro call
            2. Case study
            3. Panel

            Unfortunately we cannot sponsor visas at this time.
            """;

        var draft = (await IntakeHarness.ExtractAsync(text)).Faq!;

        Assert.Contains("USD 180,000 – 210,000", Answer(draft, FaqTopic.Compensation), StringComparison.Ordinal);
        Assert.Equal("Our hiring process: Intro call; Case study; Panel.", Answer(draft, FaqTopic.Process));
        Assert.Equal("Unfortunately we cannot sponsor visas at this time.", Answer(draft, FaqTopic.Visa));
        Assert.Contains("report to the VP of Data", Answer(draft, FaqTopic.Team), StringComparison.Ordinal);
        Assert.Empty(draft.Missing);
    }

    [Fact]
    public async Task AnHourlyRateIsPayAndASentenceAfterTheRequirementsListIsStillRead()
    {
        const string text = """
            Registered Nurse - Emergency Department
            Location: Sydney, NSW
            Pay rate: $52 per hour plus penalty rates.
            We offer relocation assistance for interstate applicants.
            Requirements:
            - AHPRA registration
            - 2 years ED experience working in a team of clinicians
            Our recruitment process includes a phone screen and a panel interview.
            """;

        var draft = (await IntakeHarness.ExtractAsync(text)).Faq!;

        Assert.Contains("$52 per hour", Answer(draft, FaqTopic.Compensation), StringComparison.Ordinal);
        Assert.Equal("We offer relocation assistance for interstate applicants.", Answer(draft, FaqTopic.Visa));
        Assert.Equal("Our recruitment process includes a phone screen and a panel interview.", Answer(draft, FaqTopic.Process));
        Assert.Equal([FaqTopic.Team], draft.Missing);
    }

    [Theory]
    [InlineData("ICU nurse in Manchester, competitive salary, night shifts")]
    [InlineData("Registered nurse for our Leeds ward, attractive pay and great benefits")]
    public async Task CompetitivePayIsNoRangeAndIsAskedFor(string request)
    {
        var draft = (await IntakeHarness.ExtractAsync(request)).Faq!;

        Assert.DoesNotContain(FaqTopic.Compensation, draft.Topics);
        Assert.Contains(FaqTopic.Compensation, draft.Missing);
        Assert.Contains("salary range", draft.Question, StringComparison.Ordinal);
        Assert.Contains(FaqTopic.Location, draft.Topics);
    }

    [Fact]
    public async Task ARequestWithoutAPlaceLeavesTheLocationToAsk()
    {
        var draft = (await IntakeHarness.ExtractAsync("senior data engineer, Python and Spark")).Faq!;

        Assert.Empty(draft.Entries);
        Assert.Equal(Enum.GetValues<FaqTopic>(), draft.Missing);
    }

    [Fact]
    public async Task ARemoteRoleSaysWhereRemoteWorkersMayLive()
    {
        var job = await IntakeHarness.ExtractAsync("fully remote product designer within the EU, Figma");

        Assert.Equal(RemotePolicy.Remote, job.Remote);
        Assert.Contains("remote", Answer(job.Faq!, FaqTopic.Location), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Salary: €70–85k", 70000, 85000)]
    [InlineData("We pay between $120k and $140k base.", 120000, 140000)]
    [InlineData("Pay: 70,000 - 85,000 per year", 70000, 85000)]
    [InlineData("£45,000 to £52,500 depending on experience", 45000, 52500)]
    [InlineData("Hourly rate: $48/hour", 48, null)]
    public void MoneyIsReadWithItsCurrencyMultiplierAndRange(string text, int low, int? high)
    {
        var found = IntakeHarness.Faq.Money.Read(text, aboutPay: true).Single();

        Assert.Equal(high is null ? [low] : [low, high.Value], found.Values.Select(v => (int)v));
    }

    [Theory]
    [InlineData("We grew to 10k users last year.")]
    [InlineData("5+ years of experience managing teams of 20")]
    [InlineData("A 401k match and good health cover.")]
    public void NumbersThatAreNotPayAreNotMoney(string text)
    {
        Assert.Empty(IntakeHarness.Faq.Money.Read(text, aboutPay: false));
    }

    [Theory]
    [InlineData("What's the pay like?", FaqTopic.Compensation)]
    [InlineData("Do you sponsor visas or help with relocation?", FaqTopic.Visa)]
    [InlineData("Who would I report to?", FaqTopic.Team)]
    public void AnEntryIsClassifiedByItsQuestion(string question, FaqTopic topic)
    {
        Assert.Equal(topic, IntakeHarness.Faq.TopicOf(new Contracts.Outreach.FaqEntry(question, "answer")));
    }

    private static string Answer(FaqDraft draft, FaqTopic topic) => draft.Entries[draft.Topics.ToList().IndexOf(topic)].Answer;
}
