using Hiring.Agents.Tests.Reasoning.Support;
using Hiring.Agents.Tests.Support;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;
using Hiring.Reasoning.Planning;
using Hiring.Reasoning.Tasks;
using Hiring.Reasoning.Understanding.Requests;

namespace Hiring.Agents.Tests.Reasoning;

/// <summary>
/// Families the held-out dialogue round 40 and approvals round 12 found missing, each in other words than their cases: the open
/// role's years replaced by another number in any language ("6 Jahre statt 4", "maak er 6 jaar van", "push it up to 8"); the role
/// renamed ("call it …", "Barkeeper, nicht Kellner"); thanks in more languages; and verdicts said with emoji or "zo is het goed".
/// </summary>
public sealed class ReplacedYearsAndRenamesPlannerTests
{
    private static readonly OpenProject WaiterGraz = new("waiter-graz", new JobSpec("Restaurant Server", "restaurant server", "", ["Graz, AT"], RemotePolicy.Unspecified, EmploymentType.FullTime, "", [], MinYears: 4), [], []);

    private static Task<Plan> PlanAsync(string message, OpenProject project) =>
        TestResources.Planner.RunAsync(new PlanRequest(message, Dialogue: new DialogueState(project, null)), ReasoningContext.None);

    [Theory]
    [InlineData("6 Jahre statt 4", 4, 6)]
    [InlineData("mettez 7 ans au lieu de 4", 4, 7)]
    [InlineData("instead of 4, make it 2", 4, 2)]
    [InlineData("2 años, no 4", 4, 2)]
    [InlineData("push it up to 8", 5, 8)]
    [InlineData("maak er 6 jaar van", 3, 6)]
    [InlineData("sätt det till 4 år", 2, 4)]
    [InlineData("metti 3 anni", 5, 3)]
    [InlineData("zrób 5 lat", 3, 5)]
    [InlineData("gør det til 6 år i stedet", 4, 6)]
    public void AnotherNumberInThePlaceOfTheYearsReplacesThem(string message, int current, int replaced) =>
        Assert.Equal(replaced, YearsRestated.NewValue(message, current));

    [Theory]
    [InlineData("make it 5 candidates", 3)]
    [InlineData("bump it to 5 days onsite", 3)]
    [InlineData("6 Jahre statt 4", 5)]
    [InlineData("push it up to 8 and add Python", 5)]
    [InlineData("correction on the years, it's 2 to 4 not 5 to 7", 5)]
    public void ANumberOfSomethingElseOrOtherYearsReplacesNothing(string message, int current) =>
        Assert.Null(YearsRestated.NewValue(message, current));

    [Fact]
    public void YearsOfExperienceInSwedishAndDanishAreTheRolesYears()
    {
        Assert.Equal(3, UnderstandingResources.Roles.Read("Vi söker en elektriker i Malmö, minst 3 års erfarenhet").Years);
        var danish = UnderstandingResources.Roles.Read("Vi søger en tømrer i Aalborg med 2 års erfaring");
        Assert.Equal(2, danish.Years);
        Assert.DoesNotContain(danish.Requirements, r => r.Written.Contains("erfaring", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("eigentlich Barkeeper, nicht Kellner")]
    [InlineData("call it bartender")]
    [InlineData("plutôt barman, pas serveur")]
    public async Task TheOpenRoleNamedAnewIsAChangeToIt(string message)
    {
        Assert.Equal(PlanIntent.RefineRequirements, (await PlanAsync(message, WaiterGraz)).Intent);
    }

    [Theory]
    [InlineData("bedankt!")]
    [InlineData("tack för hjälpen!")]
    [InlineData("tak for hjælpen")]
    public async Task ThanksInMoreLanguagesAreChat(string message)
    {
        Assert.Equal(PlanIntent.SmallTalk, (await PlanAsync(message, WaiterGraz)).Intent);
    }

    [Fact]
    public async Task EmojiBesideEachRoleDecideEachApart()
    {
        var plan = await WaitingApprovals.PlanBesideParalegalAsync("backend ✅ paralegal ❌", WaitingApprovals.Qualifications, WaitingApprovals.ParalegalSearch);

        Assert.Equal([("p1-s1", "approve"), ("p3-s1", "reject")], WaitingApprovals.Decided(plan));
    }

    [Theory]
    [InlineData("Ja, zo is het goed")]
    [InlineData("ja, så är det bra")]
    public async Task AYesThatItIsRightSoApproves(string message)
    {
        Assert.Equal([("p1-s1", "approve")], WaitingApprovals.Decided(await WaitingApprovals.PlanAsync(message, WaitingApprovals.Qualifications)));
    }
}
