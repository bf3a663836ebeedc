using Hiring.Agents.Supervisor;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Outreach;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Privacy;
using Hiring.Contracts.Scheduling;
using Hiring.Contracts.Supervisor;
using Hiring.Evals.Core;
using Hiring.Evals.Suites.Approvals;
using Hiring.Evals.Suites.Dialogue;

namespace Hiring.Evals.Tests.Suites;

/// <summary>What a turn decided, read from the recruiter's events, and how the approvals suite scores it.</summary>
public sealed class TurnDecisionsTests
{
    private const string Turn = "turn-2";

    [Fact]
    public async Task ATurnWhoseEventsDecideAnApprovalCountsAsApproved()
    {
        var log = new EventLog();
        log.Add(Decided(ApprovalStatus.Approved, "m1"));
        log.Add(PlanEnd("m1"));

        var observed = await Watch(log);

        Assert.Equal(TurnDecisions.Approved, observed.Decision);
        Assert.Equal(TurnObservation.Completed, observed.Ending);
    }

    [Fact]
    public async Task ATurnThatDecidesNothingCountsAsNoneEvenWhenSomethingStillWaits()
    {
        var log = new EventLog();
        log.Add(new AssistantEvent(0, "ana", AssistantEventKind.ApprovalRequested, At, "Approval needed: the search.", "m1", 0));

        var observed = await Watch(log);

        Assert.Empty(observed.Decided);
        Assert.Equal(TurnDecisions.None, observed.Decision);
    }

    [Fact]
    public async Task ApprovingOneAndRejectingAnotherIsMixedAndAWithdrawalIsNobodysDecision()
    {
        var log = new EventLog();
        log.Add(Decided(ApprovalStatus.Approved, "m1"));
        log.Add(Decided(ApprovalStatus.Rejected, "m3"));
        log.Add(Decided(ApprovalStatus.Withdrawn, "m4"));
        log.Add(PlanEnd("m1"));
        log.Add(PlanEnd("m3"));

        var observed = await Watch(log);

        Assert.Equal([ApprovalStatus.Approved, ApprovalStatus.Rejected], observed.Decided);
        Assert.Equal(TurnDecisions.Mixed, observed.Decision);
    }

    [Fact]
    public async Task TheTurnLastsUntilThePlanItsDecisionResumedHasGoneOn()
    {
        var log = new EventLog();
        log.Add(Decided(ApprovalStatus.Approved, "m1"));
        var watching = new TurnWatcher(log, TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(5)).WatchAsync(0, Turn, CancellationToken.None);
        log.AddMessage(Turn);
        await Task.Delay(100);
        Assert.False(watching.IsCompleted);

        // The resumed plan's next step waits for its own approval: that is where the decision's work stops.
        log.Add(new AssistantEvent(0, "ana", AssistantEventKind.ApprovalRequested, At, "Approval needed: the search.", "m1", 1));
        var observed = await watching;

        Assert.Equal(TurnDecisions.Approved, observed.Decision);
    }

    [Theory]
    [InlineData("none", "none", true, 0, 0)]
    [InlineData("none", "approved", false, 1, 0)]
    [InlineData("rejected", "none", false, 0, 1)]
    [InlineData("approved", "rejected", false, 0, 0)]
    [InlineData("Mixed", "mixed", true, 0, 0)]
    public void ATurnsDecidedIsRightFalseOrMissed(string expected, string actual, bool held, int falseDecisions, int missed)
    {
        var tally = new MetricTally();
        tally.DeclareCount(ApprovalsSuite.FalseDecisions);
        tally.DeclareCount(ApprovalsSuite.MissedDecisions);

        Assert.Equal(held, ApprovalsSuite.Tally(tally, expected, actual));

        var values = tally.Values();
        Assert.Equal(held ? 1 : 0, values[ApprovalsSuite.DecisionAccuracy]);
        Assert.Equal((falseDecisions, missed), ((int)values[ApprovalsSuite.FalseDecisions], (int)values[ApprovalsSuite.MissedDecisions]));
    }

    private static readonly DateTimeOffset At = DateTimeOffset.UnixEpoch;

    /// <summary>The turn's message and its plan, which decides; then whatever the log holds.</summary>
    private static async Task<TurnObservation> Watch(EventLog log)
    {
        var watching = new TurnWatcher(log, TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(5)).WatchAsync(0, Turn, CancellationToken.None);
        log.AddMessage(Turn);
        return await watching;
    }

    private static AssistantEvent Decided(ApprovalStatus status, string planId)
    {
        var approval = new ApprovalRequest(
            $"{planId}-0", planId, 0, ApprovalAction.StartSourcing, AgentKind.Sourcing, PlanActions.Search, "Sourcing will search.",
            new Dictionary<string, string>(), At, status, new ApprovalDecision(status == ApprovalStatus.Rejected ? ApprovalVerdict.Reject : ApprovalVerdict.Approve));
        return new AssistantEvent(0, "ana", AssistantEventKind.ApprovalDecided, At, $"{status}: Sourcing will search.", planId, 0, EventJson.Serialize(approval));
    }

    private static AssistantEvent PlanEnd(string planId) => new(0, "ana", AssistantEventKind.PlanCompleted, At, "Done.", planId);

    /// <summary>A recruiter's event log that the test writes as it goes: events are numbered as they are added.</summary>
    private sealed class EventLog : IRecruiterSupervisor
    {
        private readonly List<AssistantEvent> _events = [];
        private readonly List<AssistantEvent> _later = [];
        private bool _messageIn;

        /// <summary>An event of the turn: kept until the message's own events are in, then appended.</summary>
        public void Add(AssistantEvent e)
        {
            lock (_events)
            {
                if (_messageIn)
                {
                    _events.Add(e with { Sequence = _events.Count + 1 });
                }
                else
                {
                    _later.Add(e);
                }
            }
        }

        /// <summary>The message, its plan (m2, a decision) and the plan's start; then the turn's other events; then its end.</summary>
        public void AddMessage(string clientMessageId)
        {
            var plan = $$$"""{"message":"approved","clientMessageId":"{{{clientMessageId}}}","plan":{"intent":"DecideApproval","steps":[],"summary":"I'll record your decision."}}""";
            lock (_events)
            {
                _messageIn = true;
                Append(new AssistantEvent(0, "ana", AssistantEventKind.MessageReceived, At, "approved"));
                Append(new AssistantEvent(0, "ana", AssistantEventKind.PlanCreated, At, "I'll record your decision.", "m2", Payload: plan));
                Append(new AssistantEvent(0, "ana", AssistantEventKind.StepStarted, At, "Supervisor: decide approval", "m2", 0));
                foreach (var e in _later.Where(e => e.Kind is AssistantEventKind.ApprovalDecided or AssistantEventKind.ApprovalRequested))
                {
                    Append(e);
                }

                Append(new AssistantEvent(0, "ana", AssistantEventKind.Reply, At, "Recorded.", "m2", 0));
                Append(new AssistantEvent(0, "ana", AssistantEventKind.PlanCompleted, At, "Done.", "m2"));
                foreach (var e in _later.Where(e => e.Kind is not (AssistantEventKind.ApprovalDecided or AssistantEventKind.ApprovalRequested)))
                {
                    Append(e);
                }
            }
        }

        public Task<IReadOnlyList<AssistantEvent>> EventsAfter(long sequence, int max)
        {
            lock (_events)
            {
                return Task.FromResult<IReadOnlyList<AssistantEvent>>([.. _events.Where(e => e.Sequence > sequence).Take(max)]);
            }
        }

        public Task<long> LastSequence()
        {
            lock (_events)
            {
                return Task.FromResult((long)_events.Count);
            }
        }

        public Task<PostAck> Post(MessageEnvelope envelope) => throw new NotSupportedException();

        public Task<IReadOnlyList<ApprovalRequest>> Approvals(bool pendingOnly) => throw new NotSupportedException();

        public Task<ApprovalRequest> Decide(string approvalId, ApprovalDecision decision) => throw new NotSupportedException();

        public Task<ApprovalPolicy> GetPolicy() => throw new NotSupportedException();

        public Task<ApprovalPolicy> SetPolicy(ApprovalAction action, ApprovalMode mode) => throw new NotSupportedException();

        public Task<RecruiterAvailability?> GetAvailability() => throw new NotSupportedException();

        public Task<RecruiterAvailability> SetAvailability(RecruiterAvailability availability) => throw new NotSupportedException();

        public Task<ConversationPage> Conversation(long? before, int max) => throw new NotSupportedException();

        public Task RecordPipelineChange(PipelineChange change) => throw new NotSupportedException();

        public Task RecordCandidateNotices(IReadOnlyList<CandidateNotice> notices) => throw new NotSupportedException();

        public Task StepFinished(StepReport report) => throw new NotSupportedException();

        public Task<bool> EraseCandidate(ErasedPerson person) => throw new NotSupportedException();

        private void Append(AssistantEvent e) => _events.Add(e with { Sequence = _events.Count + 1 });
    }
}
