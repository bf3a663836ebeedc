using Hiring.Agents.Supervisor;
using Hiring.Contracts.Supervisor;

namespace Hiring.Evals.Suites.Dialogue;

/// <summary>
/// Waits for the assistant to finish one posted message by reading the recruiter's events from a
/// cursor: done when the message's plan completes, fails or waits for an approval. Polls the event
/// log with a deadline (the log is the source of truth; a stream could drop events).
/// </summary>
public sealed class TurnWatcher(IRecruiterSupervisor supervisor, TimeSpan deadline, TimeSpan pollEvery)
{
    private const int Page = 500;

    public async Task<TurnObservation> WatchAsync(long after, string clientMessageId, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(deadline);
        var cursor = after;
        var plans = new HashSet<string>(StringComparer.Ordinal);
        Contracts.Planning.Plan? plan = null;
        var replies = new List<string>();
        var steps = new List<string>();
        var refused = new List<string>();
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
                refused.AddRange(DialogueRefusals.Named(e.Payload));
                if (e.Kind is AssistantEventKind.PlanCreated or AssistantEventKind.PlanReplanned && e.Payload is not null)
                {
                    var created = EventJson.Deserialize<PlanCreatedPayload>(e.Payload);
                    if (created.ClientMessageId == clientMessageId && e.PlanId is not null)
                    {
                        plans.Add(e.PlanId);
                        plan = created.Plan;
                    }

                    continue;
                }

                if (e.PlanId is null)
                {
                    if (e.Kind == AssistantEventKind.PlanFailed && plans.Count == 0)
                    {
                        // Planning itself failed: no plan will follow for this message.
                        return new TurnObservation(null, [e.Text], refused, steps, TurnObservation.Failed);
                    }

                    continue;
                }

                if (!plans.Contains(e.PlanId))
                {
                    continue;
                }

                switch (e.Kind)
                {
                    case AssistantEventKind.Reply:
                        replies.Add(e.Text);
                        break;
                    case AssistantEventKind.StepCompleted:
                        steps.Add(e.Text);
                        break;
                    case AssistantEventKind.PlanCompleted:
                        return new TurnObservation(plan, replies, refused, steps, TurnObservation.Completed);
                    case AssistantEventKind.PlanFailed:
                        return new TurnObservation(plan, [.. replies, e.Text], refused, steps, TurnObservation.Failed);
                    case AssistantEventKind.ApprovalRequested:
                        return new TurnObservation(plan, replies, refused, steps, TurnObservation.WaitingApproval);
                    default:
                        break;
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
}
