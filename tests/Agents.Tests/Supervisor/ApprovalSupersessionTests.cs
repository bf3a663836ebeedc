using Hiring.Agents.Intake.Steps;
using Hiring.Agents.SubAgents;
using Hiring.Agents.Supervisor;
using Hiring.Agents.Supervisor.State;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Reasoning;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Tests.Supervisor;

/// <summary>A newer proposal of the same kind for the same project replaces the one still waiting.</summary>
public sealed class ApprovalSupersessionTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);
    private readonly SupervisorState _state = new();

    private ApprovalBook Book => new(_state, new SupervisorOptions());

    private (PlanRun Run, StepRun Step) Waiting(long message, string action, Dictionary<string, string> inputs, string? project = "p1")
    {
        var step = new PlanStep(action == PlanActions.Search ? AgentKind.Sourcing : AgentKind.Intake, action, inputs, true, action == PlanActions.Search ? ApprovalAction.StartSourcing : ApprovalAction.ApplyQualificationChange);
        var plan = new Plan(PlanIntent.RefineRequirements, [step], "I'll propose it.", RequestSlots.Empty, 0.9, new Provenance(ReasoningEngine.BuiltIn, "m", "p", "1", ModelTier.Fast));
        var run = PlanRuns.Create("t/r", new InboxItem(message, new MessageEnvelope($"c{message}", "change it"), Now), plan, project, Now);
        run.ProjectId = project;
        _state.Plans.Add(run);
        return (run, run.Steps[0]);
    }

    private ApprovalRequest Request(PlanRun run, StepRun step)
    {
        var approval = Book.Request(run, step, Now);
        step.ApprovalId = approval.Id;
        step.Status = StepRunStatus.WaitingApproval;
        run.Status = PlanRunStatus.WaitingApproval;
        return approval;
    }

    [Fact]
    public void ASecondSearchOfTheSameProjectWithdrawsTheFirstAndEndsItsPlan()
    {
        var (firstRun, firstStep) = Waiting(1, PlanActions.Search, new() { ["titles"] = "sre" });
        var first = Request(firstRun, firstStep);
        var (run, step) = Waiting(2, PlanActions.Search, new() { ["titles"] = "sre", ["locations"] = "Toronto" });

        var withdrawn = ApprovalSupersession.Replace(_state, run, step, "Replaced:");

        Assert.Equal(first.Id, Assert.Single(withdrawn).Id);
        Assert.Equal(ApprovalStatus.Withdrawn, Book.Find(first.Id)!.Status);
        Assert.Equal(StepRunStatus.Skipped, firstStep.Status);
    }

    [Fact]
    public void OnlyAPlanWhoseApprovalANewerOneReplacedIsTheReplacedOne()
    {
        var (firstRun, firstStep) = Waiting(1, PlanActions.Search, new() { ["titles"] = "sre" });
        Request(firstRun, firstStep);
        var (run, step) = Waiting(2, PlanActions.Search, new() { ["titles"] = "sre", ["locations"] = "Toronto" });
        Assert.False(ApprovalSupersession.Replaced(firstRun, _state));

        ApprovalSupersession.Replace(_state, run, step, "Replaced:");
        Request(run, step);

        Assert.True(ApprovalSupersession.Replaced(firstRun, _state));
        Assert.False(ApprovalSupersession.Replaced(run, _state));
    }

    [Fact]
    public void AnApprovalWithdrawnForAnErasedCandidateIsNoReplacement()
    {
        var (run, step) = Waiting(1, PlanActions.Search, new() { ["titles"] = "sre" });
        var approval = Request(run, step);
        _state.Approvals[_state.Approvals.IndexOf(approval)] = approval with { Status = ApprovalStatus.Withdrawn };

        Assert.False(ApprovalSupersession.Replaced(run, _state));
    }

    [Fact]
    public void AnotherProjectsOrAnotherKindsApprovalKeepsWaiting()
    {
        var (searchRun, searchStep) = Waiting(1, PlanActions.Search, new() { ["titles"] = "sre" });
        var search = Request(searchRun, searchStep);
        var (otherRun, otherStep) = Waiting(2, PlanActions.ApplyQualifications, new() { ["q1"] = "Must: Go" }, project: "p2");
        var other = Request(otherRun, otherStep);
        var (run, step) = Waiting(3, PlanActions.ApplyQualifications, new() { ["q1"] = "Must: Figma" });

        Assert.Empty(ApprovalSupersession.Replace(_state, run, step, "Replaced:"));
        Assert.Equal(ApprovalStatus.Pending, Book.Find(search.Id)!.Status);
        Assert.Equal(ApprovalStatus.Pending, Book.Find(other.Id)!.Status);
    }

    [Fact]
    public void QualificationsProposedAgainCarryOverWhatTheOlderProposalListedAndTheChangeDoesNotRemove()
    {
        var older = StepValues.Write(new ApplyQualificationsInput(new Dictionary<string, string> { ["q1"] = "Must: Swift", ["q2"] = "Must: Objective-C", ["q3"] = "Nice: SwiftUI" }));
        var (firstRun, firstStep) = Waiting(1, PlanActions.ApplyQualifications, older);
        Request(firstRun, firstStep);
        var change = StepValues.Write(new ApplyQualificationsInput(new Dictionary<string, string> { ["q4"] = "Nice: Objective-C" }, Approve: ["q4"], Remove: ["q2"]));
        var (run, step) = Waiting(2, PlanActions.ApplyQualifications, change);

        ApprovalSupersession.Replace(_state, run, step, "Replaced:");

        var merged = StepValues.Bind<ApplyQualificationsInput>(step.Inputs);
        Assert.Equal(["q1", "q3", "q4"], merged.Listed!.Keys.Order());
        Assert.Equal(["q1", "q3", "q4"], merged.Approve!.Order());
        Assert.Equal(["q2"], merged.Remove!);
    }
}
