using Hiring.Agents.Privacy;
using Hiring.Agents.Supervisor;
using Hiring.Agents.Supervisor.State;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Reasoning;
using Hiring.Contracts.Supervisor;
using static Hiring.Agents.Tests.Privacy.ErasedPeople;

namespace Hiring.Agents.Tests.Supervisor;

/// <summary>An erased candidate leaves the recruiter's assistant: what was still to happen for them alone does not, the rest loses them.</summary>
public sealed class SupervisorErasureTests
{
    private const string Withdrawn = "Withdrawn: the candidate it concerned was erased.";
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);
    private readonly SupervisorState _state = new();

    [Fact]
    public void APendingSendToThemIsWithdrawnWithoutNamingThemAndThePlanGoesOnToTheNextCandidate()
    {
        var run = DraftedForBoth();
        var waiting = WaitOn(run, 1);

        var erased = SupervisorErasure.Erase(_state, Redaction, Withdrawn);

        var withdrawn = Assert.Single(erased.Withdrawn);
        Assert.Equal((waiting.Id, ApprovalStatus.Withdrawn, Withdrawn), (withdrawn.Id, withdrawn.Status, withdrawn.Summary));
        Assert.Equal(["project"], withdrawn.Inputs.Keys);
        Assert.Equal(withdrawn, Assert.Single(_state.Approvals));
        Assert.Equal([StepRunStatus.Done, StepRunStatus.Skipped, StepRunStatus.Pending], run.Steps.Select(s => s.Status));
        Assert.Equal(PlanRunStatus.Running, run.Status);
        Assert.Equal(Bodhi, run.NextStep!.Inputs[StepValueNames.Candidates]);
        Assert.Equal("Drafted 2 messages: [erased], Bodhi Okafor.", run.Steps[0].Summary);
        Assert.False(NamesAnouk(EventJson.Serialize(_state)));
    }

    [Fact]
    public void AnotherCandidatesPendingSendIsUntouched()
    {
        var run = DraftedForBoth();
        run.Steps[1].Status = StepRunStatus.Done;
        var waiting = WaitOn(run, 2);

        var erased = SupervisorErasure.Erase(_state, Redaction, Withdrawn);

        Assert.Empty(erased.Withdrawn);
        Assert.Equal(waiting, Assert.Single(_state.Approvals));
        Assert.Equal((StepRunStatus.WaitingApproval, PlanRunStatus.WaitingApproval), (run.Steps[2].Status, run.Status));
        Assert.Contains("Hi Bodhi", run.Steps[2].Inputs[StepValueNames.Text], StringComparison.Ordinal);
    }

    [Fact]
    public void AnApprovalAboutThemAndOthersStaysPendingWithTheirPlaceMarked()
    {
        var run = Run(2, new PlanStep(AgentKind.Evaluation, PlanActions.Shortlist, new Dictionary<string, string> { [StepValueNames.Shortlist] = $"{Anouk},{Bodhi}" }, true, ApprovalAction.Advance));
        WaitOn(run, 0);

        var erased = SupervisorErasure.Erase(_state, Redaction, Withdrawn);

        Assert.Empty(erased.Withdrawn);
        var approval = Assert.Single(_state.Approvals);
        Assert.Equal((ApprovalStatus.Pending, "[erased],em-bo"), (approval.Status, approval.Inputs[StepValueNames.Shortlist]));
        Assert.Equal("[erased],em-bo", run.Steps[0].Inputs[StepValueNames.Shortlist]);
        Assert.Equal(StepRunStatus.WaitingApproval, run.Steps[0].Status);
    }

    [Fact]
    public void ADecidedSendToThemKeepsItsVerdictAndNothingItSaid()
    {
        var run = DraftedForBoth();
        var approval = Book.Request(run, run.Steps[1], Now);
        Book.Decide(approval.Id, new ApprovalDecision(ApprovalVerdict.Edit, new Dictionary<string, string> { [StepValueNames.Text] = "Hi Anouk, you built payments at Bar." }, "Anouk will love it"));
        _state.Plans.Clear();

        SupervisorErasure.Erase(_state, Redaction, Withdrawn);

        var decided = Assert.Single(_state.Approvals);
        Assert.Equal((ApprovalStatus.Approved, ApprovalVerdict.Edit, CandidateMentions.Marker), (decided.Status, decided.Decision!.Verdict, decided.Summary));
        Assert.Null(decided.Decision.Note);
        Assert.False(NamesAnouk(EventJson.Serialize(_state)));
    }

    [Fact]
    public void AStepNotYetStartedForThemAloneIsSkippedAndTheirNameLeavesTheRecruitersMessage()
    {
        var draft = new PlanStep(AgentKind.Outreach, PlanActions.DraftMessage, new Dictionary<string, string> { [StepValueNames.Candidate] = "Anouk Lindqvist", [StepValueNames.Request] = "draft a message to Anouk Lindqvist" }, false);
        var run = Run(3, draft);
        _state.Question = new OpenQuestion(OpenQuestion.Calibration, "1. Anouk Lindqvist 2. Bodhi Okafor", "find go people", [], "p1", [Anouk, Bodhi]);

        SupervisorErasure.Erase(_state, Redaction, Withdrawn);

        Assert.Equal(StepRunStatus.Skipped, run.Steps[0].Status);
        Assert.Equal("draft a message to [erased]", run.Message);
        Assert.Equal([CandidateMentions.Marker, Bodhi], _state.Question.Candidates);
        Assert.False(NamesAnouk(EventJson.Serialize(_state)));
    }

    [Fact]
    public void ErasingAgainChangesNothing()
    {
        WaitOn(DraftedForBoth(), 1);
        SupervisorErasure.Erase(_state, Redaction, Withdrawn);
        var once = EventJson.Serialize(_state);

        var again = SupervisorErasure.Erase(_state, Redaction, Withdrawn);

        Assert.Equal((false, 0), (again.Changed, again.Withdrawn.Count));
        Assert.Equal(once, EventJson.Serialize(_state));
    }

    private ApprovalBook Book => new(_state, new SupervisorOptions());

    /// <summary>The step waits for its approval, as the executor leaves it.</summary>
    private ApprovalRequest WaitOn(PlanRun run, int step)
    {
        var approval = Book.Request(run, run.Steps[step], Now);
        run.Steps[step].ApprovalId = approval.Id;
        run.Steps[step].Status = StepRunStatus.WaitingApproval;
        run.Status = PlanRunStatus.WaitingApproval;
        return approval;
    }

    /// <summary>A plan whose draft step drafted for Anouk and Bodhi, each followed by their send step.</summary>
    private PlanRun DraftedForBoth()
    {
        var run = Run(1, new PlanStep(AgentKind.Outreach, PlanActions.DraftMessage, new Dictionary<string, string> { [StepValueNames.Request] = "draft messages to the top 2", [StepValueNames.Count] = "2" }, false));
        run.Steps[0].Status = StepRunStatus.Done;
        run.Steps[0].Summary = "Drafted 2 messages: Anouk Lindqvist, Bodhi Okafor.";
        run.Outputs[StepValueNames.Drafted] = $"{Anouk},{Bodhi}";
        FollowUps.Insert(run, run.Steps[0], [Send(Anouk, "Anouk Lindqvist", "Hi Anouk, you built payments at Bar."), Send(Bodhi, "Bodhi Okafor", "Hi Bodhi, you led the Go migration.")]);
        return run;
    }

    private PlanRun Run(long message, PlanStep step)
    {
        var plan = new Plan(PlanIntent.DraftOutreach, [step], "I'll do it.", RequestSlots.Empty, 0.9, new Provenance(ReasoningEngine.BuiltIn, "m", "p", "1", ModelTier.Fast));
        var run = PlanRuns.Create("acme/rita", new InboxItem(message, new MessageEnvelope($"c{message}", step.Inputs.GetValueOrDefault(StepValueNames.Request) ?? "go"), Now), plan, "p1", Now);
        _state.Plans.Add(run);
        return run;
    }

    private static PlanStep Send(string candidate, string name, string text) =>
        new(AgentKind.Outreach, PlanActions.SendMessage, new Dictionary<string, string> { [StepValueNames.Candidates] = candidate, [StepValueNames.Subject] = "A Go role", [StepValueNames.Text] = text, [StepValueNames.Project] = "p1" }, true, ApprovalAction.Send, $"Send the message to {name}");
}
