using Hiring.Agents.Tests.Reasoning.Support;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;
using Hiring.Reasoning.Planning;
using Hiring.Reasoning.Tasks;

namespace Hiring.Agents.Tests.Reasoning;

/// <summary>"Follow up with the ones who haven't replied", in the recruiter's many wordings, plans the outreach agent's follow-up step for the open project.</summary>
public sealed class FollowUpPlanningTests
{
    private static readonly DialogueState BackendOpen = new(
        new OpenProject("be-berlin", new JobSpec("Backend Engineer", "backend engineer", "", ["Berlin, DE"], RemotePolicy.Unspecified, EmploymentType.FullTime, "", []), ["go"], []),
        null);

    [Theory]
    [InlineData("follow up with the ones who haven't replied")]
    [InlineData("can you chase the candidates that never answered us?")]
    [InlineData("send reminders to everyone who hasn't gotten back to me")]
    [InlineData("nudge whoever ghosted us last week")]
    public async Task AskingToFollowUpWithThoseWhoHaveNotRepliedPlansTheFollowUpStepForTheOpenProject(string message)
    {
        var plan = await TestResources.Planner.RunAsync(new PlanRequest(message, Dialogue: BackendOpen), ReasoningContext.None);

        Assert.Equal(PlanIntent.FollowUp, plan.Intent);
        var step = Assert.Single(plan.Steps);
        // Drafting the follow-ups only proposes: each is followed by its own send-message step that asks for the Send approval.
        Assert.Equal((AgentKind.Outreach, PlanActions.FollowUp, false), (step.Agent, step.Action, step.NeedsApproval));
    }

    [Theory]
    [InlineData("draft a message to Maria")]
    [InlineData("write an outreach email to the top 3")]
    public async Task AFirstMessageIsStillDraftedAsOutreach(string message)
    {
        var plan = await TestResources.Planner.RunAsync(new PlanRequest(message, Dialogue: BackendOpen), ReasoningContext.None);

        Assert.Equal(PlanIntent.DraftOutreach, plan.Intent);
    }
}
