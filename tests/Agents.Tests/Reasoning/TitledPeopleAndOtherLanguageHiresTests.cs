using Hiring.Agents.Tests.Reasoning.Support;
using Hiring.Contracts.Planning;
using Hiring.Reasoning.Planning;
using Hiring.Reasoning.Tasks;

namespace Hiring.Agents.Tests.Reasoning;

/// <summary>Who a title names beside the open role: someone who decides or speaks, or a role to hire said in another language.</summary>
public sealed class TitledPeopleAndOtherLanguageHiresTests
{
    // News of someone named by their title, with no hire asked, starts no project (it had set one up for a CFO).
    [Theory]
    [InlineData("our CFO finally signed off the headcount for this one 🙌")]
    [InlineData("the site manager is really picky about forklift tickets, did you keep that in?")]
    [InlineData("my director has approved the budget, yay")]
    // Whom it was sent to, and who looked at it, in English and Dutch.
    [InlineData("I've sent it over to our finance director to check")]
    [InlineData("onze HR-manager heeft alles gezien")]
    public async Task APersonNamedByTheirTitleIsNoRole(string message)
    {
        var plan = await WaitingApprovals.PlanAsync(message, WaitingApprovals.Qualifications);

        Assert.NotEqual(PlanIntent.StartProject, plan.Intent);
        Assert.Empty(WaitingApprovals.Decided(plan));
    }

    // Recruiting said in French, and a need said the Italian way, beside an open project: a role of its own.
    [Theory]
    [InlineData("on recrute aussi une assistante de direction à Bordeaux, 3 ans d'expérience")]
    [InlineData("serve anche un cameriere per lo stesso hotel, 1 anno di esperienza")]
    public async Task AHireInAnotherLanguageBesideTheOpenProjectIsANewProject(string message)
    {
        var plan = await WaitingApprovals.PlanAsync(message);

        Assert.Equal(PlanIntent.StartProject, plan.Intent);
        Assert.NotEmpty(plan.Slots.Titles);
    }

    // A change in another language that names the open role by its title changes it (it had read as nothing at all).
    [Fact]
    public async Task AChangeInAnotherLanguageNamingTheOpenRoleChangesIt()
    {
        var plan = await WaitingApprovals.PlanAsync("Per il backend engineer aggiungi come requisito l'esperienza con Kafka");

        Assert.Equal(PlanIntent.RefineRequirements, plan.Intent);
    }

    [Fact]
    public async Task WithNoProjectOpenRecruitingInFrenchStartsOne() =>
        Assert.Equal(PlanIntent.StartProject, (await TestResources.Planner.RunAsync(new PlanRequest("Bonjour, on recrute un comptable pour Nantes, CDI"), ReasoningContext.None)).Intent);
}
