using Hiring.Agents.Tests.Support;
using Hiring.Contracts.Projects;
using Hiring.Reasoning.Understanding.Requests;

namespace Hiring.Agents.Tests.Understanding.Requests;

/// <summary>Requirements the vocabulary does not know are kept in the recruiter's words; what only looks like one is not.</summary>
public sealed class RecruiterWordsTests
{
    [Theory]
    [InlineData("branch manager in Porto, luxury retail background", "luxury retail", "retail")]
    [InlineData("Sales associate for our flagship store in Milano, luxury retail experience", "luxury retail", "retail")]
    public void AWordOpeningAListItemBeforeADomainSkillNarrowsIt(string text, string term, string broader)
    {
        var subjects = Subjects(text);

        Assert.Contains(term, subjects);
        Assert.DoesNotContain(broader, subjects);
    }

    [Fact]
    public void AToolTakesNoModifier() =>
        Assert.Equal(["react", "typescript"], Subjects("frontend engineer in Berlin, modern React, TypeScript"));

    [Theory]
    [InlineData("need a tutor in Boston, AP Chemistry a bonus", "ap chemistry")]
    [InlineData("primary teacher in Hanoi, IB MYP would be a plus", "ib myp")]
    public void AnAcronymAndTheNameAfterItAreOneName(string text, string name) =>
        Assert.Equal(QualificationKind.NiceToHave, Assert.Single(UnderstandingResources.Roles.Read(text).Requirements, r => r.Subject == name).Kind);

    [Theory]
    [InlineData("nurse in Leeds, BLS ACLS required", "bls", "acls")]
    [InlineData("devops engineer in Austin, AWS Terraform", "amazon web services", "terraform")]
    public void TwoKnownSkillsOrToolsSideBySideStayTwo(string text, string first, string second) =>
        Assert.Equal([first, second], Subjects(text));

    [Theory]
    [InlineData("looking for someone in Denver who knows Brightpay", "brightpay")]
    [InlineData("barista in Porto, ideally someone who has worked with Probat", "probat")]
    [InlineData("payroll admin in Cork with Staffology experience", "staffology")]
    [InlineData("line cook in Leeds with wood fire background", "wood fire")]
    [InlineData("dental hygienist in Dublin, they must know Dentally", "dentally")]
    [InlineData("SRE in Zurich, k8s, go, prometheus", "go")]
    public void WordingThatNamesARequirementKeepsOneNothingElseKnows(string text, string term) =>
        Assert.Contains(term, Subjects(text));

    [Fact]
    public void ACredentialInBracketsAfterTheTitleIsARequirement() =>
        Assert.Contains("gas safe", Subjects("Plumber (Gas Safe) needed in Leeds, 3+ years"));

    [Fact]
    public void TheLabelsOfAPipeLayoutAreNoRequirementsAndPlusMakesWhatFollowsNice()
    {
        var reading = UnderstandingResources.Roles.Read("Job: Dental nurse | Location: Bristol | Reqs: radiography | Plus: Welsh");

        Assert.Equal([("radiography", QualificationKind.MustHave), ("welsh", QualificationKind.NiceToHave)], reading.Requirements.Select(r => (r.Subject, r.Kind)));
    }

    [Theory]
    [InlineData("need a chef for a small bistro in Bath, HACCP")]
    [InlineData("Sous chef for our Edinburgh hotel, HACCP")]
    [InlineData("electrician for our plant in Győr, HACCP")]
    [InlineData("HGV drivers out of our Doncaster depot, HACCP")]
    [InlineData("warehouse operative at our Leeds site, HACCP")]
    public void TheWorkplaceIsNoRequirement(string text) =>
        Assert.Equal(["haccp"], Subjects(text));

    [Theory]
    [InlineData("need somone in London who can do React", "react")]
    [InlineData("accountant in Dublin, Xero experince", "xero")]
    public void AMistypedWordOfChatIsNoRequirement(string text, string only) =>
        Assert.Equal([only], Subjects(text));

    [Theory]
    [InlineData("account manager in Madrid, Spanish naturally", "spanish")]
    [InlineData("medical sales rep in Lyon, French obviously", "french")]
    public void AnAdverbAfterARequirementIsNoPartOfIt(string text, string only) =>
        Assert.Equal([only], Subjects(text));

    [Fact]
    public void ACueWordThatNamesTheRolesPlaceIsNoCue() =>
        Assert.Equal(QualificationKind.MustHave, Assert.Single(UnderstandingResources.Roles.Read("need a chef in Nice, HACCP").Requirements).Kind);

    [Theory]
    [InlineData("obviously", true)]
    [InlineData("naturally", true)]
    [InlineData("preferably", true)]
    [InlineData("supply", false)]
    [InlineData("assembly", false)]
    [InlineData("family", false)]
    public void AMannerAdverbIsMadeFromAnAdjective(string word, bool adverb) =>
        Assert.Equal(adverb, RequestWords.IsMannerAdverb(word));

    [Theory]
    [InlineData("sombody", true)]
    [InlineData("experince", true)]
    [InlineData("lookign", true)]
    [InlineData("wiring", false)]
    [InlineData("Gainsight", false)]
    public void AChatWordMistypedByOneSlipIsATypo(string word, bool typo) =>
        Assert.Equal(typo, UnderstandingResources.Words.IsChatTypo(word));

    private static List<string> Subjects(string text) => [.. UnderstandingResources.Roles.Read(text).Requirements.Select(r => r.Subject)];

    [Theory]
    [InlineData("Accountant, Cape Town, IFRS + Xero, budget R600k")]
    [InlineData("Accountant in Denver, IFRS, Xero, $95k")]
    [InlineData("Accountant in Paris, IFRS, Xero, 60k-70k")]
    public void PayIsNoRequirement(string text) =>
        Assert.Equal(["ifrs", "xero"], UnderstandingResources.Roles.Read(text).Requirements.Select(r => r.Subject).Order());

    [Fact]
    public void ADrivingLicenceIsARequirement() =>
        Assert.Contains(UnderstandingResources.Roles.Read("HGV driver in Leeds, clean driving licence").Requirements, r => r.Subject == "driving licence");

    [Theory]
    [InlineData("Arborist in Portland, ISA certification required, CDL a plus", "commercial driver's license")]
    [InlineData("Driver in Dallas, CDL A required", "cdl class a")]
    public void AFormEndingInAOnlyTakesItWhenItIsNotTheArticleOfAPlus(string text, string skill) =>
        Assert.Contains(skill, Subjects(text));

    [Fact]
    public void AnEverydayWordAloneInASentenceIsNoListItem() =>
        Assert.DoesNotContain("go", Subjects("backend engineer in Berlin, Java. ok go, let's do it"));
}
