using Hiring.Agents.Tests.Reasoning.Support;
using Hiring.Contracts.Planning;
using Hiring.Reasoning.Planning;
using Hiring.Reasoning.Tasks;

namespace Hiring.Agents.Tests.Reasoning;

/// <summary>
/// A second role set beside the open one ("another one for the same client: …", "and a … for the same office"): a project of its
/// own, even where it names the open role's requirements again; the open role's own title said so stays the open project's.
/// </summary>
public sealed class SecondRolePlannerTests
{
    private static Task<Plan> PlanAsync(string message) =>
        TestResources.Planner.RunAsync(
            new PlanRequest(message, Dialogue: new DialogueState(WaitingApprovals.Backend, null, Approvals: [WaitingApprovals.Search])), ReasoningContext.None);

    [Theory]
    [InlineData("and a data engineer for the same office, Go required, 3 yrs")]
    [InlineData("another one for the same client: QA engineer, Go a must")]
    [InlineData("open a second one: product designer in Hamburg, Figma required")]
    [InlineData("plus a DevOps engineer, same site, Kubernetes essential")]
    public async Task AnotherTitleSetBesideTheOpenRoleStartsAProject(string message)
    {
        var plan = await PlanAsync(message);

        Assert.Equal(PlanIntent.StartProject, plan.Intent);
        Assert.Empty(WaitingApprovals.Decided(plan));
    }

    // The open role's own title beside the same words is the open role: its change, no new project.
    [Fact]
    public async Task TheOpenTitleBesideTheSameWordsIsNoNewProject()
    {
        Assert.NotEqual(PlanIntent.StartProject, (await PlanAsync("for the same client, the backend engineer needs Go and 5 yrs")).Intent);
    }
}
