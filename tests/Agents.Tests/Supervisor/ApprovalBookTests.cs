using Hiring.Agents.Supervisor;
using Hiring.Agents.Supervisor.State;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Reasoning;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Tests.Supervisor;

public sealed class ApprovalBookTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);
    private readonly SupervisorState _state = new();

    private ApprovalBook Book => new(_state, new SupervisorOptions { RememberedApprovals = 1 });

    private PlanRun Run(long message)
    {
        var step = new PlanStep(AgentKind.Outreach, PlanActions.DraftMessage, new Dictionary<string, string> { ["candidate"] = "Maria" }, true, ApprovalAction.Draft);
        var plan = new Plan(PlanIntent.DraftOutreach, [step], "I'll draft a message to Maria.", RequestSlots.Empty, 0.9, new Provenance(ReasoningEngine.BuiltIn, "m", "p", "1", ModelTier.Fast));
        var run = PlanRuns.Create("t/r", new InboxItem(message, new MessageEnvelope($"c{message}", "draft a message to Maria"), Now), plan, null, Now);
        _state.Plans.Add(run);
        return run;
    }

    [Fact]
    public void AnApprovalDescribesTheStepAndItsInputs()
    {
        var run = Run(1);
        var approval = Book.Request(run, run.Steps[0], Now);

        Assert.Equal(ApprovalStatus.Pending, approval.Status);
        Assert.Equal(ApprovalAction.Draft, approval.Action);
        Assert.Contains("candidate: Maria", approval.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void AStepWithASummaryIsDescribedInTheRecruitersWordsNotByItsRawInputs()
    {
        var step = new PlanStep(AgentKind.Intake, PlanActions.ApplyQualifications, new Dictionary<string, string> { ["approve"] = "none", ["spec"] = "{\"places\":[]}" }, true, ApprovalAction.ApplyQualificationChange, "based in United Kingdom");
        var plan = new Plan(PlanIntent.RefineRequirements, [step], "I'll propose these changes.", RequestSlots.Empty, 0.9, new Provenance(ReasoningEngine.BuiltIn, "m", "p", "1", ModelTier.Fast));
        var run = PlanRuns.Create("t/r", new InboxItem(1, new MessageEnvelope("c1", "widen it to the UK"), Now), plan, null, Now);
        _state.Plans.Add(run);

        var approval = Book.Request(run, run.Steps[0], Now);

        Assert.Equal("Intake will apply qualifications: based in United Kingdom", approval.Summary);
    }

    [Fact]
    public void AFeedbackPlansSearchIsNotDescribedByTheTitlesAndPlacesTheReactionsGaveTheCandidates()
    {
        var inputs = new Dictionary<string, string>
        {
            [StepValueNames.Request] = "1 is off, she's a python dev really",
            [StepValueNames.Titles] = "python developer",
            [StepValueNames.Locations] = "remote",
            [StepValueNames.Shown] = "syn-7-0004863",
        };
        var step = new PlanStep(AgentKind.Sourcing, PlanActions.Search, inputs, true, ApprovalAction.StartSourcing);
        var plan = new Plan(PlanIntent.CandidateFeedback, [step], "I'll use your feedback on these candidates to steer the search.", RequestSlots.Empty, 0.9, new Provenance(ReasoningEngine.BuiltIn, "m", "p", "1", ModelTier.Fast));
        var run = PlanRuns.Create("t/r", new InboxItem(1, new MessageEnvelope("c1", inputs[StepValueNames.Request]), Now), plan, null, Now);
        _state.Plans.Add(run);

        var approval = Book.Request(run, run.Steps[0], Now);

        Assert.Equal("Sourcing will search (I'll use your feedback on these candidates to steer the search.)", approval.Summary);
    }

    [Fact]
    public void ASecondDecisionIsRefusedAsAlreadyDecidedAndChangesNothing()
    {
        var run = Run(1);
        var approval = Book.Request(run, run.Steps[0], Now);

        var first = Book.Decide(approval.Id, new ApprovalDecision(ApprovalVerdict.Reject));
        var refusal = Assert.Throws<AssistantRefusalException>(() => Book.Decide(approval.Id, new ApprovalDecision(ApprovalVerdict.Approve)));

        Assert.Equal(RefusalCodes.AlreadyDecided, refusal.Code);
        Assert.Equal(first, Book.Find(approval.Id));
        Assert.Equal(ApprovalStatus.Rejected, first.Status);
    }

    [Fact]
    public void AnEditWithoutChangesIsRefused()
    {
        var run = Run(1);
        var approval = Book.Request(run, run.Steps[0], Now);

        Assert.Throws<AssistantRefusalException>(() => Book.Decide(approval.Id, new ApprovalDecision(ApprovalVerdict.Edit)));
        Assert.Equal(ApprovalStatus.Pending, Book.Find(approval.Id)!.Status);
    }

    [Fact]
    public void ApprovingResumesTheStepWithTheEdits()
    {
        var run = Run(1);
        var step = run.Steps[0];
        var approval = Book.Request(run, step, Now);
        step.Status = StepRunStatus.WaitingApproval;
        run.Status = PlanRunStatus.WaitingApproval;

        var decided = Book.Decide(approval.Id, new ApprovalDecision(ApprovalVerdict.Edit, new Dictionary<string, string> { ["tone"] = "warm" }));
        ApprovalResumption.Apply(_state, decided);

        Assert.Equal(PlanRunStatus.Running, run.Status);
        Assert.True(step.Approved);
        Assert.Equal(StepRunStatus.Pending, step.Status);
        Assert.Equal("warm", step.Inputs["tone"]);
    }

    [Fact]
    public void OnlyRecentDecidedApprovalsAreKeptButPendingOnesAlwaysAre()
    {
        var first = Run(1);
        var second = Run(2);
        var third = Run(3);
        var a = Book.Request(first, first.Steps[0], Now);
        var b = Book.Request(second, second.Steps[0], Now);
        Book.Request(third, third.Steps[0], Now);

        Book.Decide(a.Id, new ApprovalDecision(ApprovalVerdict.Approve));
        Book.Decide(b.Id, new ApprovalDecision(ApprovalVerdict.Approve));

        Assert.Equal(2, _state.Approvals.Count);
        Assert.Single(_state.Approvals, x => x.Status == ApprovalStatus.Pending);
        Assert.Null(Book.Find(a.Id));
    }
}
