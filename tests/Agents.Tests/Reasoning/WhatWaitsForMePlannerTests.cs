using Hiring.Agents.Tests.Reasoning.Support;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;
using Hiring.Reasoning.Planning;
using Hiring.Reasoning.Tasks;

namespace Hiring.Agents.Tests.Reasoning;

/// <summary>
/// Asked whether anything waits for the recruiter ("anything pending on my side?", "wartet noch was auf mich?"), with or without a
/// project open: where things stand, which names what waits, never a search or a new project (found in the stop 54 tryout, where
/// "is anything waiting for my approval?" was answered from memory). A person's standing ("settled status") asks nothing of it.
/// </summary>
public sealed class WhatWaitsForMePlannerTests
{
    private static readonly DialogueState Open = new(new OpenProject("p1", new JobSpec("Payroll Specialist", "payroll specialist", "", ["Leeds, GB"], RemotePolicy.Unspecified, EmploymentType.FullTime, "", []), ["sage"], []), null);

    private static Task<Plan> PlanAsync(string message, DialogueState dialogue) =>
        TestResources.Planner.RunAsync(new PlanRequest(message, Dialogue: dialogue), ReasoningContext.None);

    [Theory]
    [InlineData("anything pending on my side?")]
    [InlineData("anything I need to sign off?")]
    [InlineData("what's still pending?")]
    [InlineData("wartet noch was auf mich?")]
    [InlineData("qualcosa da approvare per me?")]
    [InlineData("tem algo pendente pra eu aprovar?")]
    public async Task AskedWhatWaitsIsWhereThingsStand(string message)
    {
        Assert.Equal(PlanIntent.ProjectStatus, (await PlanAsync(message, Open)).Intent);
        Assert.Equal(PlanIntent.ProjectStatus, (await PlanAsync(message, DialogueState.None)).Intent);
    }

    [Fact]
    public async Task CandidatesWaitingForAJobAreStillASearch()
    {
        Assert.Equal(PlanIntent.FindCandidates, (await PlanAsync("find me candidates who are waiting for a new job", Open)).Intent);
    }

    [Theory]
    [InlineData("add Terraform as a must, over the contractors with settled status, keeps the admin simpler", false)]
    [InlineData("make Sage a must, over the ones whose visa status is pending", false)]
    [InlineData("marital status is nobody's business here", false)]
    [InlineData("what's the status of the Leeds search?", true)]
    [InlineData("status?", true)]
    public void APersonsStatusIsNoCueOfTheProjectsStatus(string message, bool cued)
    {
        Assert.Equal(cued, TestResources.Classifier.Cued(PlanIntent.ProjectStatus, message));
    }
}
