using Hiring.Agents.Supervisor;
using Hiring.Agents.Supervisor.State;
using Hiring.Agents.Tests.Policy;
using Hiring.Contracts.Memory;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Supervisor;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hiring.Agents.Tests.Supervisor;

public sealed class DecisionMemoriesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 9, 0, 0, TimeSpan.Zero);
    private readonly SupervisorState _state = new();
    private readonly List<MemoryDraft> _remembered = [];
    private int _failuresLeft;

    private DecisionMemories Outbox => new(_state, PolicyResources.Messages, RememberAsync, NullLogger.Instance);

    [Fact]
    public async Task ADecisionTheMemoryCouldNotTakeWaitsInTheStateAndJoinsTheMemoryOnTheNextTry()
    {
        var approval = Decided("p1-s0", new ApprovalDecision(ApprovalVerdict.Approve));
        Outbox.Add(approval);
        _failuresLeft = 1;

        await Outbox.KeepAsync();
        Assert.Empty(_remembered);
        Assert.Equal(["p1-s0"], _state.DecisionsToRemember);
        Assert.True(Outbox.Pending);

        // A new activation reads the same state (the outbox was in the decision's state write) and tries again.
        await Outbox.KeepAsync();
        var memory = Assert.Single(_remembered);
        Assert.Equal((MemoryKind.Decision, MemorySource.Approval, "p1-s0"), (memory.Kind, memory.Source.Kind, memory.Source.Reference));
        Assert.False(Outbox.Pending);
    }

    [Fact]
    public async Task DecisionsJoinTheMemoryInTheOrderDecidedAndOneThatFailsHoldsBackTheRest()
    {
        Outbox.Add(Decided("p1-s0", new ApprovalDecision(ApprovalVerdict.Approve)));
        Outbox.Add(Decided("p2-s0", new ApprovalDecision(ApprovalVerdict.Reject)));
        Outbox.Add(Decided("p2-s0", new ApprovalDecision(ApprovalVerdict.Reject)));
        Assert.Equal(["p1-s0", "p2-s0"], _state.DecisionsToRemember);

        _failuresLeft = 1;
        await Outbox.KeepAsync();
        Assert.Equal(["p1-s0", "p2-s0"], _state.DecisionsToRemember);

        await Outbox.KeepAsync();
        Assert.Equal(["p1-s0", "p2-s0"], _remembered.Select(m => m.Source.Reference));
        Assert.StartsWith("You rejected: ", _remembered[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANoteThePolicyRefusesIsLeftOutAndAnApprovalNoLongerKeptLeavesTheOutbox()
    {
        var approval = Decided("p1-s0", new ApprovalDecision(ApprovalVerdict.Reject, Note: "we only want men for this team"));
        Outbox.Add(approval);
        Outbox.Add(Decided("gone-s0", new ApprovalDecision(ApprovalVerdict.Approve)));
        _state.Approvals.RemoveAll(a => a.Id == "gone-s0");

        await Outbox.KeepAsync();

        var memory = Assert.Single(_remembered);
        Assert.Equal($"You rejected: {approval.Summary}", memory.Text);
        Assert.Empty(_state.DecisionsToRemember);
    }

    [Fact]
    public void AnApprovalStillPendingNeverEntersTheOutbox()
    {
        var pending = new ApprovalRequest("p9-s0", "p9", 0, ApprovalAction.StartSourcing, AgentKind.Sourcing, PlanActions.Search, "Sourcing will search", new Dictionary<string, string>(), Now, ApprovalStatus.Pending);
        _state.Approvals.Add(pending);

        Outbox.Add(pending);

        Assert.False(Outbox.Pending);
    }

    private ApprovalRequest Decided(string id, ApprovalDecision decision)
    {
        var approval = new ApprovalRequest(
            id, id.Split('-')[0], 0, ApprovalAction.StartSourcing, AgentKind.Sourcing, PlanActions.Search, $"Sourcing will search ({id})",
            new Dictionary<string, string>(), Now, decision.Verdict == ApprovalVerdict.Reject ? ApprovalStatus.Rejected : ApprovalStatus.Approved, Decision: decision);
        _state.Approvals.RemoveAll(a => a.Id == id);
        _state.Approvals.Add(approval);
        return approval;
    }

    private Task RememberAsync(MemoryDraft draft)
    {
        if (_failuresLeft > 0)
        {
            _failuresLeft--;
            throw new InvalidOperationException("the memory's silo is unreachable");
        }

        _remembered.Add(draft);
        return Task.CompletedTask;
    }
}
