using Hiring.Agents.Intake;
using Hiring.Agents.Tests.Intake.Support;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;
using Hiring.Reasoning.Tasks;

namespace Hiring.Agents.Tests.Intake;

public sealed class LabelledRequestTests
{
    [Fact]
    public async Task ALabelledOneLineRequestGivesItsTitleAndPlaceWhereverTheLabelsStand()
    {
        var draft = await IntakeHarness.ExtractAsync("Must have: Kubernetes, Helm. Nice to have: Terraform. Location: Oslo. Role: platform engineer");

        Assert.Equal("platform engineer", draft.NormalizedTitle);
        Assert.Equal(["Oslo"], draft.Locations);
        Assert.Contains(draft.Requirements, r => r.Subject == "terraform" && r.Kind == QualificationKind.NiceToHave);
        Assert.Contains(draft.Requirements, r => r.Subject == "helm" && r.Kind == QualificationKind.MustHave);
    }

    [Fact]
    public async Task BulletedMustAndNiceLabelsAreRequirementSections()
    {
        var draft = await IntakeHarness.ExtractAsync("New role:\n- Title: DevOps engineer\n- Location: Wien\n- Must: Terraform, AWS\n- Nice: Ansible");

        Assert.Equal("devops engineer", draft.NormalizedTitle);
        Assert.Contains(draft.Requirements, r => r.Subject == "terraform" && r.Kind == QualificationKind.MustHave);
        Assert.Contains(draft.Requirements, r => r.Subject == "ansible" && r.Kind == QualificationKind.NiceToHave);
    }

    // A label opening the text names the post, not a section: the unlabelled list under it is what the role asks for.
    [Fact]
    public async Task AnOpeningLabelOfThePostIsNoSectionToSkip()
    {
        var draft = await IntakeHarness.ExtractAsync("Nouveau poste :\n- Comptable (H/F)\n- Nantes, sur site\n- 4 ans d'expérience minimum\n- Sage obligatoire\n- Anglais souhaité\n- CDI");

        Assert.Equal(4, draft.MinYears);
        Assert.Contains(draft.Requirements, r => r.Subject == "english" && r.Kind == QualificationKind.NiceToHave);
        Assert.Contains(draft.Requirements, r => r.Subject?.StartsWith("sage", StringComparison.Ordinal) == true && r.Kind == QualificationKind.MustHave);
    }

    [Fact]
    public async Task ASkillOfTheTitleNamedBesideItIsKept()
    {
        var draft = await IntakeHarness.Extractor.RunAsync(
            new IntakeRequest("hiring for our Paris office, Python and Django", RequestSlots.Empty, Answer: "it's a python developer role"), ReasoningContext.None);

        Assert.Equal("python developer", draft.NormalizedTitle);
        Assert.Contains(draft.Requirements, r => r.Subject == "python");
    }

    [Fact]
    public async Task AnAnswerNamingOnlyTheWorkOfARequestWithNoTitleIsItsTitle()
    {
        var draft = await IntakeHarness.Extractor.RunAsync(
            new IntakeRequest("we need to replace our lead who moved to the platform team", RequestSlots.Empty, Answer: "senior frontend, React"), ReasoningContext.None);

        Assert.Equal(("frontend engineer", "senior"), (draft.NormalizedTitle, draft.Seniority));
        Assert.Contains(draft.Requirements, r => r.Subject == "react");
    }

    [Fact]
    public async Task AnAnswersCityIsTheOneInTheRequestsCountry()
    {
        var draft = await IntakeHarness.Extractor.RunAsync(
            new IntakeRequest("need an iOS engineer in Barcelona, Swift", RequestSlots.Empty, Answer: "also need one in Valencia"), ReasoningContext.None);

        Assert.Equal("ES", Assert.Single(draft.Places!).CountryCode);
    }

    [Fact]
    public async Task AnAnswerToTheTitleQuestionOfABulletedListIsItsTitle()
    {
        var draft = await IntakeHarness.Extractor.RunAsync(
            new IntakeRequest("- kotlin\n- jetpack compose\n- 3+ yrs\n- hybrid in Berlin", RequestSlots.Empty, Answer: "android dev, senior"), ReasoningContext.None);

        Assert.Equal(("mobile engineer", "senior"), (draft.NormalizedTitle, draft.Seniority));
    }
}
