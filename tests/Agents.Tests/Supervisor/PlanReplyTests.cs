using Hiring.Agents.Supervisor;
using Hiring.Agents.Supervisor.State;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Tests.Supervisor;

/// <summary>The reply that ends a plan tells what its agents did, and never again a proposal the recruiter has approved since.</summary>
public sealed class PlanReplyTests
{
    private const string Proposed = "I propose these changes for your approval: based in Porto, PT or Braga, PT.";
    private const string Applied = "The spec is updated.";

    private static PlanRun Refinement(string? approvalId) => new()
    {
        PlanId = "m-7",
        Steps =
        [
            new StepRun { Index = 0, Step = new PlanStep(AgentKind.Intake, PlanActions.RefineRequirements, new Dictionary<string, string>(), false), Status = StepRunStatus.Done, Summary = Proposed },
            new StepRun { Index = 1, Step = new PlanStep(AgentKind.Intake, PlanActions.ApplyQualifications, new Dictionary<string, string>(), true, ApprovalAction.ApplyQualificationChange), Status = StepRunStatus.Done, Summary = Applied, ApprovalId = approvalId, Approved = approvalId is not null },
        ],
    };

    private static ApprovalRequest Approval(ApprovalStatus status, ApprovalDecision? decision) =>
        new("a-1", "m-7", 1, ApprovalAction.ApplyQualificationChange, AgentKind.Intake, PlanActions.ApplyQualifications, "Intake will apply qualifications", new Dictionary<string, string>(), DateTimeOffset.UnixEpoch, status, decision);

    [Fact]
    public void AfterTheRecruiterApprovedItTellsWhatWasDoneFromTheApprovedStepOnNotTheProposalAgain()
    {
        var state = new SupervisorState { Approvals = [Approval(ApprovalStatus.Approved, new ApprovalDecision(ApprovalVerdict.Approve))] };

        Assert.Equal([Applied], PlanReply.Told(Refinement("a-1"), state));
    }

    [Fact]
    public void APlanThatNeverWaitedForTheRecruiterTellsEveryStep()
    {
        Assert.Equal([Proposed, Applied], PlanReply.Told(Refinement(approvalId: null), new SupervisorState()));
    }

    [Fact]
    public void AnApprovalThePolicyGaveWithoutTheRecruiterLeavesEveryStepToTell()
    {
        var state = new SupervisorState { Approvals = [Approval(ApprovalStatus.Approved, decision: null)] };

        Assert.Equal([Proposed, Applied], PlanReply.Told(Refinement("a-1"), state));
    }
}
