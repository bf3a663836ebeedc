using Hiring.Agents.Identity;
using Hiring.Agents.Supervisor;
using Hiring.Agents.Tests.Supervisor.Doubles;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Tests.Supervisor;

/// <summary>A thumbs rating from the app goes through the supervisor like every other action.</summary>
[Collection(SupervisorClusterCollection.Name)]
public sealed class SupervisorRatingTests(SupervisorClusterFixture fixture)
{
    [Fact]
    public async Task ARatingBecomesOneRecordFeedbackStepForItsProjectWithoutThePlannerOrAnApproval()
    {
        const string tenant = "rating";
        using var scope = TenantScope.For(tenant);
        var supervisor = fixture.Cluster.Client.GetGrain<IRecruiterSupervisor>($"{tenant}/ana");

        await supervisor.Post(new MessageEnvelope("r-1", "Thumbs down for c-7: too junior", "p1", new CandidateRating("c-7", RatingVerdict.Down, "too junior")));
        await supervisor.WaitForAsync(AssistantEventKind.PlanCompleted);

        var events = await supervisor.EventsAfter(0, 100);
        var plan = Assert.Single(events, e => e.Kind == AssistantEventKind.PlanCreated);
        Assert.Contains("\"intent\":\"CandidateFeedback\"", plan.Payload, StringComparison.Ordinal);
        Assert.Contains(RatingPlan.EngineName, plan.Payload, StringComparison.Ordinal);
        var command = Assert.Single(AgentScript.For(tenant).Commands);
        Assert.Equal((PlanActions.RecordFeedback, "p1"), (command.Action, command.ProjectId));
        Assert.Equal(("c-7", "down", "too junior"), (command.Inputs["candidate"], command.Inputs["verdict"], command.Inputs["reason"]));
        Assert.Empty(await supervisor.Approvals(pendingOnly: true));
        Assert.DoesNotContain(events, e => e.Kind == AssistantEventKind.ApprovalRequested);
    }

    [Fact]
    public async Task ARatingWithoutAProjectIsPlannedLikeAnyMessage()
    {
        const string tenant = "rating-no-project";
        using var scope = TenantScope.For(tenant);
        var supervisor = fixture.Cluster.Client.GetGrain<IRecruiterSupervisor>($"{tenant}/ana");

        await supervisor.Post(new MessageEnvelope("r-1", "hello there", Rating: new CandidateRating("c-7", RatingVerdict.Up)));
        await supervisor.WaitForAsync(AssistantEventKind.PlanCompleted);

        Assert.DoesNotContain(AgentScript.For(tenant).Commands, c => c.Action == PlanActions.RecordFeedback);
    }
}
