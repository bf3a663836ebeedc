using Hiring.Agents.Intake.Steps;
using Hiring.Agents.SubAgents;
using Hiring.Agents.Tests.Intake.Support;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;

namespace Hiring.Agents.Tests.Intake;

public sealed class QualificationDecisionTests
{
    private const string Request = "I need a senior backend engineer in Berlin, Go and Kubernetes, 5+ years";

    private static async Task<(IntakeHarness Harness, ApplyQualificationsInput Input)> ProposedAsync()
    {
        var harness = new IntakeHarness();
        var outcome = await harness.CreateAsync("p1", Request);
        return (harness, StepValues.Bind<ApplyQualificationsInput>(outcome.FollowUps![0].Inputs));
    }

    private static ApplyQualificationsInput Edited(ApplyQualificationsInput input, string id, string text) =>
        input with { Listed = new Dictionary<string, string>(input.Listed!) { [id] = text } };

    [Fact]
    public async Task ApprovingWithoutEditsApprovesEveryListedQualificationAndStartsCalibration()
    {
        var (harness, inputs) = await ProposedAsync();

        var outcome = await harness.StepAsync(PlanActions.ApplyQualifications, "p1", inputs);

        Assert.All(harness.Project("p1").Qualifications, q => Assert.True(q.Approved));
        Assert.Contains("Approved 3 qualifications", outcome.Summary, StringComparison.Ordinal);
        var next = Assert.Single(outcome.FollowUps!);
        Assert.Equal((AgentKind.Sourcing, PlanActions.Calibrate, false), (next.Agent, next.Action, next.NeedsApproval));
        Assert.Equal("p1", outcome.Outputs["project"]);
    }

    [Fact]
    public async Task ARequestThatNamesOnlyTheRoleIsSearchedOnTheRoleOnceApproved()
    {
        var harness = new IntakeHarness();
        var created = await harness.CreateAsync("p1", "Account executive in Hamburg");
        Assert.Empty(harness.Project("p1").Qualifications);
        Assert.Contains("tell me what candidates must have", created.Summary, StringComparison.Ordinal);

        var outcome = await harness.RunAsync(PlanActions.ApplyQualifications, "p1", new Dictionary<string, string>(created.FollowUps![0].Inputs));

        Assert.Contains("search on the title, place and level alone", outcome.Summary, StringComparison.Ordinal);
        var next = Assert.Single(outcome.FollowUps!);
        Assert.Equal((AgentKind.Sourcing, PlanActions.Calibrate), (next.Agent, next.Action));
    }

    [Fact]
    public async Task RemovedQualificationsGoAndTheRestAreApproved()
    {
        var (harness, inputs) = await ProposedAsync();
        await harness.StepAsync(PlanActions.ApplyQualifications, "p1", inputs with { Remove = ["q3"] });

        Assert.Equal(["q1", "q2"], harness.Project("p1").Qualifications.Select(q => q.Id));
        Assert.All(harness.Project("p1").Qualifications, q => Assert.True(q.Approved));
    }

    [Fact]
    public async Task AnEditedQualificationIsReadAgainAsTheRecruitersNewVersion()
    {
        var (harness, inputs) = await ProposedAsync();
        await harness.StepAsync(PlanActions.ApplyQualifications, "p1", Edited(inputs, "q2", "Kubernetes, 3+ years"));

        var edited = harness.Project("p1").Qualifications.Single(q => q.Id == "q2");
        Assert.Equal(("Kubernetes, 3+ years", 2, QualificationOrigin.Recruiter, "kubernetes", 3, true), (edited.Text, edited.Version, edited.Origin, edited.Subject, edited.MinYears, edited.Approved));
    }

    [Fact]
    public async Task AnEditThatTargetsAProtectedAttributeIsRefusedAndNotApproved()
    {
        var (harness, inputs) = await ProposedAsync();
        var outcome = await harness.StepAsync(PlanActions.ApplyQualifications, "p1", Edited(inputs, "q1", "Go, and under 35"));

        var edited = harness.Project("p1").Qualifications.Single(q => q.Id == "q1");
        Assert.False(edited.Policy.Allowed);
        Assert.False(edited.Approved);
        Assert.Contains("refused", outcome.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApprovingOnlyNamedIdsLeavesTheOthersProposed()
    {
        var (harness, inputs) = await ProposedAsync();
        await harness.StepAsync(PlanActions.ApplyQualifications, "p1", inputs with { Approve = ["q1"] });

        Assert.Equal(["q1"], harness.Project("p1").Qualifications.Where(q => q.Approved).Select(q => q.Id));
    }

    [Fact]
    public async Task AddedRequirementsBecomeApprovedRecruiterQualifications()
    {
        var (harness, inputs) = await ProposedAsync();
        await harness.StepAsync(PlanActions.ApplyQualifications, "p1", inputs with { Add = ["Terraform", "Fluent German (C1)"] });

        var added = harness.Project("p1").Qualifications.Where(q => q.Origin == QualificationOrigin.Recruiter).ToList();
        Assert.Equal([("q4", "terraform", QualificationCategory.Skill), ("q5", "german", QualificationCategory.Language)], added.Select(q => (q.Id, q.Subject!, q.Category)));
        Assert.All(added, q => Assert.True(q.Approved));
    }

    [Fact]
    public async Task ApprovingNothingStartsNoCalibration()
    {
        var (harness, inputs) = await ProposedAsync();
        var outcome = await harness.StepAsync(PlanActions.ApplyQualifications, "p1", inputs with { Approve = [ApplyQualificationsInput.None] });

        Assert.Null(outcome.FollowUps);
        Assert.DoesNotContain(harness.Project("p1").Qualifications, q => q.Approved);
    }

    [Fact]
    public async Task AnUnknownActionIsRefusedClearly()
    {
        var harness = new IntakeHarness();

        var error = await Assert.ThrowsAsync<Contracts.Supervisor.AssistantRefusalException>(() => harness.RunAsync("dance", "p1", new Dictionary<string, string>()));

        Assert.Contains("dance", error.Message, StringComparison.Ordinal);
    }
}
