using System.Text.RegularExpressions;
using Hiring.Agents.Identity;
using Hiring.Agents.Memory;
using Hiring.Agents.Supervisor.State;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Supervisor;
using Hiring.Reasoning.Planning;
using Hiring.Reasoning.Policy;
using Hiring.Reasoning.Tasks;

namespace Hiring.Agents.Supervisor;

/// <summary>
/// One pass of the supervisor's background work: resume the running plan or plan the next inbox
/// message, and step through it until it completes, waits for a human, or must wait for a retry.
/// Every message passes the responsible-AI policy before it is planned; a finished plan, or a message
/// after a quiet period, may end a stretch of conversation about a project, which is kept as an episode.
/// Returns when to run again (null when nothing is due).
/// </summary>
public sealed class SupervisorLoop(
    SupervisorState state,
    Mailbox mailbox,
    SupervisorContext context,
    PlanExecutor executor,
    IReasoningTask<PlanRequest, Plan> planner,
    IProjectDesk desk,
    IMessagePolicy policy,
    PolicyReplies replies,
    MemoryPlan memory,
    EpisodeKeeper episodes,
    TimeProvider time)
{
    private readonly Mailbox _mailbox = mailbox;

    public async Task<TimeSpan?> RunAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var run = state.Plans.Find(p => p.Status == PlanRunStatus.Running);
            if (run is null)
            {
                var item = _mailbox.Peek();
                if (item is null)
                {
                    return null;
                }

                await StartPlanAsync(item);
                continue;
            }

            var turn = await executor.StepAsync(run, context);
            switch (turn.Result)
            {
                case TurnResult.RetryLater or TurnResult.WaitForAgent:
                    return turn.RetryAt is { } due ? Max(due - time.GetUtcNow(), TimeSpan.Zero) : TimeSpan.Zero;
                case TurnResult.Completed:
                    // The executor took the run out of the state in the write that announced its end.
                    await episodes.PlanFinishedAsync(run);
                    break;
                case TurnResult.WaitForApproval:
                    // "need 3 backend engineers in Berlin" waits for the recruiter to approve its qualifications, but the
                    // conversation was about that project all the same: it belongs to the project's stretch.
                    await episodes.PlanFinishedAsync(run);
                    break;
                case TurnResult.Failed:
                    await StopAsync(run, $"I stopped: {turn.Reason}");
                    break;
                case TurnResult.Replan:
                    await ReplanAsync(run, turn.Reason ?? "a step failed");
                    break;
                default:
                    break;
            }
        }

        return TimeSpan.Zero;
    }

    private async Task StartPlanAsync(InboxItem item)
    {
        // The check is deterministic and comes before either planner: the model never sees a refused preference.
        var named = GrainKeys.IsValidSegment(item.Envelope.ProjectId) ? item.Envelope.ProjectId : null;
        await episodes.MessageArrivedAsync();
        var screening = await ScreenAsync(item.Envelope);
        DialogueState? dialogue = null;
        var plan = screening is null ? null : StructuredPlans.For(item.Envelope, screening, named);
        if (plan is null)
        {
            dialogue = await DialogueAsync(named);
            plan = screening is { Remaining.Length: > 0 } ? await PlanAsync(screening.Remaining, memory: null, dialogue) : null;
            if (plan is not null && screening is not null)
            {
                // What is worth keeping is read from the message as written, without the clauses the policy refused.
                plan = await memory.CompleteAsync(plan, item.Envelope.Text, screening.Findings, item.Envelope.ClientMessageId, context.RecruiterKey, dialogue.Project, PreviousMessageAsync);
                if (plan.Intent == PlanIntent.RecallMemory)
                {
                    // "what have we done today?" is answered with the conversation going on too.
                    await episodes.SoFarAsync();
                }
            }

            // The message answered the open question, or moved on from it: either way it is no longer open.
            state.Question = null;
            state.LastIntent = plan?.Intent;
        }

        if (screening is null || plan is null)
        {
            _mailbox.Remove(item.Sequence);
            await context.Save();
            return;
        }

        // The run keeps what was planned, so a replan never brings the refused words back; the
        // conversation keeps the message as the recruiter wrote it.
        var planned = screening.Refused ? item with { Envelope = item.Envelope with { Text = screening.Remaining } } : item;
        var projectId = plan.Intent switch
        {
            PlanIntent.StartProject => null,
            PlanIntent.CandidateFeedback when dialogue?.Question?.ProjectId is { } asked => asked,
            _ => plan.ProjectId is { } back && dialogue?.Recent.Any(p => p.ProjectId == back) == true ? back : named,
        };
        if (projectId is not null && projectId == plan.ProjectId)
        {
            // "back to the paralegal one": that project is the one the recruiter works on from now.
            state.WorkOn(projectId);
        }

        var run = PlanRuns.Create(context.RecruiterKey, planned, plan, projectId, time.GetUtcNow());
        run.FirstEvent = await context.Events.LastSequenceAsync() + 1;
        var payload = new PlanCreatedPayload(run.Message, run.ClientMessageId, plan, screening.Refused ? screening.Findings : null);
        var created = new EventDraft(AssistantEventKind.PlanCreated, plan.Summary, run.PlanId, Payload: EventJson.Serialize(payload));
        if (await executor.TryAnswerAtOnceAsync(run, context, created, () => Start(run, item)))
        {
            return;
        }

        Start(run, item);
        await context.SaveAndAnnounceAsync(created);
    }

    /// <summary>The message becomes a running plan: out of the inbox and into the state, in the write that announces it.</summary>
    private void Start(PlanRun run, InboxItem item)
    {
        state.Plans.Add(run);
        _mailbox.Remove(item.Sequence);
    }

    /// <summary>The message through the policy; a refusal is told in one reply before anything is planned. Null when the check itself failed.</summary>
    private async Task<MessageScreening?> ScreenAsync(MessageEnvelope message)
    {
        MessageScreening screening;
        try
        {
            screening = policy.Screen(message.Text);
        }
        catch (RegexMatchTimeoutException ex)
        {
            // Fails closed: a message the policy could not read is not acted on.
            var text = replies.Unchecked(ex.Message);
            await context.SayAsync(AssistantEventKind.PlanFailed, text, message.ClientMessageId);
            return null;
        }

        if (screening.Refused)
        {
            var reply = replies.Refusal(screening);
            await context.SayAsync(
                AssistantEventKind.Reply,
                reply,
                message.ClientMessageId,
                payload: EventJson.Serialize(new PolicyRefusalPayload(message.Text, message.ClientMessageId, screening.Remaining, screening.Findings)));
        }

        return screening;
    }

    private async Task ReplanAsync(PlanRun failed, string reason)
    {
        if (failed.Replanned)
        {
            await StopAsync(failed, $"I stopped after retrying and trying a new plan: {reason}");
            return;
        }

        var plan = await PlanAsync(failed.Message, [$"The previous plan for this message failed: {reason}"], await DialogueAsync(failed.ProjectId));
        if (plan is null)
        {
            await StopAsync(failed, $"I stopped: {reason}");
            return;
        }

        var item = new InboxItem(failed.MessageSequence, new MessageEnvelope(failed.ClientMessageId, failed.Message, failed.ProjectId), failed.StartedAt);
        var run = PlanRuns.Create(context.RecruiterKey, item, plan, failed.ProjectId, time.GetUtcNow(), replanned: true);
        run.FirstEvent = failed.FirstEvent;
        state.Plans[state.Plans.IndexOf(failed)] = run;
        await context.SaveAndAnnounceAsync(new EventDraft(
            AssistantEventKind.PlanReplanned, $"New plan after a failure: {plan.Summary}", run.PlanId, Payload: EventJson.Serialize(new PlanCreatedPayload(run.Message, run.ClientMessageId, plan))));
    }

    private async Task StopAsync(PlanRun run, string reason)
    {
        run.Status = PlanRunStatus.Failed;
        state.Plans.Remove(run);
        await context.SaveAndAnnounceAsync(EventDraft.Say(AssistantEventKind.PlanFailed, reason, run.ClientMessageId, run.PlanId));
    }

    /// <summary>The project the message is about (named by the client, else the one the recruiter works on), the open question and what waits for approval.</summary>
    private async Task<DialogueState> DialogueAsync(string? named)
    {
        var projectId = named ?? state.CurrentProjectId;
        var project = projectId is null ? null : await desk.OpenAsync(context.Tenant, projectId);
        // What waits for the recruiter, oldest first: "approve all of that" is read against it.
        IReadOnlyList<PendingApproval> waiting = [.. state.Approvals.Where(a => a.Status == ApprovalStatus.Pending).OrderBy(a => a.CreatedAt)
            .Select(a => new PendingApproval(a.Id, a.Action, a.StepAction, a.Summary, a.ProjectId))];
        // A project something waits in is among the others even when it is no longer recent: a decision may name it.
        var otherIds = state.RecentProjectIds.Concat(waiting.Select(w => w.ProjectId).OfType<string>()).Where(id => id != projectId).Distinct(StringComparer.Ordinal);
        var others = await Task.WhenAll(otherIds.Select(id => desk.OpenAsync(context.Tenant, id)));
        return new DialogueState(project, state.Question, [.. others.OfType<OpenProject>()], state.LastIntent, waiting);
    }

    private async Task<Plan?> PlanAsync(string message, IReadOnlyList<string>? memory, DialogueState dialogue)
    {
        var reasoning = new ReasoningContext(context.Tenant, context.RecruiterKey, state.CurrentProjectId is { } p ? GrainKeys.Project(context.Tenant, p) : null);
        try
        {
            var (plan, notices) = await DegradedNoticeCollector.CollectAsync(() => planner.RunAsync(new PlanRequest(message, Memory: memory, Dialogue: dialogue), reasoning));
            foreach (var notice in notices)
            {
                await context.Events.EmitAsync(
                    AssistantEventKind.Degraded,
                    $"The language model was not usable for {notice.Task} ({notice.Reason}); the built-in engine answered instead.",
                    payload: EventJson.Serialize(notice));
            }

            return plan;
        }
        catch (Exception ex)
        {
            await context.Events.EmitAsync(AssistantEventKind.PlanFailed, $"I couldn't plan an answer to that message: {ex.Message}");
            return null;
        }
    }

    /// <summary>The recruiter's message before the one being planned (the log holds that one already).</summary>
    private async Task<string?> PreviousMessageAsync()
    {
        var page = await context.Conversation.PageAsync(null, 8);
        return page.Turns.Where(t => t.Role == ConversationRole.Recruiter).Reverse().Skip(1).FirstOrDefault()?.Text;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
