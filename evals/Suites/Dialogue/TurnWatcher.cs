using Hiring.Agents.Supervisor;
using Hiring.Contracts.Supervisor;

namespace Hiring.Evals.Suites.Dialogue;

/// <summary>
/// Waits for the assistant to finish one posted message by reading the recruiter's events from a
/// cursor: done when the message's plan completes, fails or waits for an approval, and every plan
/// whose approval the message decided has gone on to its own end or next approval (so the next turn
/// and the final checks see what the decision did). Polls the event log with a deadline (the log is
/// the source of truth; a stream could drop events).
/// </summary>
public sealed class TurnWatcher(IRecruiterSupervisor supervisor, TimeSpan deadline, TimeSpan pollEvery)
{
    private const int Page = 500;

    public async Task<TurnObservation> WatchAsync(long after, string clientMessageId, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(deadline);
        var cursor = after;
        var turn = new Turn(clientMessageId);
        while (true)
        {
            IReadOnlyList<AssistantEvent> events;
            try
            {
                events = await supervisor.EventsAfter(cursor, Page).WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"The assistant did not finish message '{clientMessageId}' within {deadline.TotalSeconds:0} s.");
            }

            foreach (var e in events)
            {
                cursor = e.Sequence;
                if (turn.Read(e) is { } observed)
                {
                    return observed;
                }
            }

            if (events.Count < Page)
            {
                // Nothing new yet: look again shortly, until the deadline.
                try
                {
                    await Task.Delay(pollEvery, timeout.Token);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    throw new TimeoutException($"The assistant did not finish message '{clientMessageId}' within {deadline.TotalSeconds:0} s.");
                }
            }
        }
    }

    /// <summary>One turn's events as they are read: the message's plan, what it said and did, the approvals it decided.</summary>
    private sealed class Turn(string clientMessageId)
    {
        private readonly HashSet<string> _plans = new(StringComparer.Ordinal);
        private readonly HashSet<string> _resumed = new(StringComparer.Ordinal);
        private readonly List<string> _replies = [];
        private readonly List<string> _steps = [];
        private readonly List<string> _refused = [];
        private readonly List<ApprovalStatus> _decided = [];
        private Contracts.Planning.Plan? _plan;
        private TurnObservation? _ended;

        /// <summary>Reads the next event; the observation once the turn is over, else null.</summary>
        public TurnObservation? Read(AssistantEvent e)
        {
            if (TurnDecisions.Read(e) is { } decision)
            {
                // The decided plan goes on (or ends) by itself: the turn lasts until it has.
                _decided.Add(decision.Status);
                _resumed.Add(decision.PlanId);
                return null;
            }

            if (e.PlanId is not null && _resumed.Contains(e.PlanId)
                && e.Kind is AssistantEventKind.PlanCompleted or AssistantEventKind.PlanFailed or AssistantEventKind.ApprovalRequested)
            {
                _resumed.Remove(e.PlanId);
                return Settled();
            }

            if (e.Kind == AssistantEventKind.PlanReplanned && e.PlanId is not null && Replaced(e.PlanId) is { } replaced)
            {
                // A decided plan failed and was replaced: the turn lasts until the replacement ends.
                _resumed.Remove(replaced);
                _resumed.Add(e.PlanId);
                return null;
            }

            if (_ended is not null)
            {
                return null;
            }

            _ended = Message(e);
            return Settled();
        }

        /// <summary>The decided plan a replacement replaces: the supervisor names a replacement after its plan ("m7" → "m7r").</summary>
        private string? Replaced(string replacement) =>
            _resumed.FirstOrDefault(r => replacement.Length > r.Length && replacement.StartsWith(r, StringComparison.Ordinal) && !char.IsAsciiDigit(replacement[r.Length]));

        private TurnObservation? Settled() => _ended is not null && _resumed.Count == 0 ? _ended with { Decided = [.. _decided] } : null;

        /// <summary>The message's own events: the observation once its plan ended (or none will come), else null.</summary>
        private TurnObservation? Message(AssistantEvent e)
        {
            _refused.AddRange(DialogueRefusals.Named(e.Payload));
            if (e.Kind is AssistantEventKind.PlanCreated or AssistantEventKind.PlanReplanned && e.Payload is not null)
            {
                var created = EventJson.Deserialize<PlanCreatedPayload>(e.Payload);
                if (created.ClientMessageId == clientMessageId && e.PlanId is not null)
                {
                    _plans.Add(e.PlanId);
                    _plan = created.Plan;
                }

                return null;
            }

            if (e.PlanId is null)
            {
                if (e.Kind == AssistantEventKind.Reply && e.Payload is not null && e.Payload.Contains("\"remaining\"", StringComparison.OrdinalIgnoreCase)
                    && EventJson.Deserialize<PolicyRefusalPayload>(e.Payload) is { } refusal && refusal.ClientMessageId == clientMessageId)
                {
                    _replies.Add(e.Text);
                    // Nothing lawful remained of the message: the refusal is the whole answer, no plan follows.
                    return refusal.Remaining.Length == 0 ? Observation(null, TurnObservation.Completed) : null;
                }

                // Planning itself failed: no plan will follow for this message.
                return e.Kind == AssistantEventKind.PlanFailed && _plans.Count == 0
                    ? new TurnObservation(null, [e.Text], _refused, _steps, TurnObservation.Failed, [])
                    : null;
            }

            if (!_plans.Contains(e.PlanId))
            {
                return null;
            }

            switch (e.Kind)
            {
                case AssistantEventKind.Reply:
                    _replies.Add(e.Text);
                    return null;
                case AssistantEventKind.StepCompleted:
                    _steps.Add(e.Text);
                    return null;
                case AssistantEventKind.PlanCompleted:
                    return Observation(_plan, TurnObservation.Completed);
                case AssistantEventKind.PlanFailed:
                    _replies.Add(e.Text);
                    return Observation(_plan, TurnObservation.Failed);
                case AssistantEventKind.ApprovalRequested:
                    return Observation(_plan, TurnObservation.WaitingApproval);
                default:
                    return null;
            }
        }

        private TurnObservation Observation(Contracts.Planning.Plan? plan, string ending) => new(plan, _replies, _refused, _steps, ending, []);
    }
}
