using Hiring.Agents.Identity;
using Hiring.Agents.Memory;
using Hiring.Agents.Persistence;
using Hiring.Agents.Privacy;
using Hiring.Agents.Streaming;
using Hiring.Agents.Supervisor.State;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Memory;
using Hiring.Contracts.Outreach;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Privacy;
using Hiring.Contracts.Scheduling;
using Hiring.Contracts.Supervisor;
using Hiring.Reasoning.Planning;
using Hiring.Reasoning.Policy;
using Hiring.Reasoning.Tasks;
using Hiring.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hiring.Agents.Supervisor;

/// <summary>
/// A recruiter's assistant: a thin durable shell. Calls return at once; a grain timer (interleaving,
/// so posts are never held behind model work) drains the inbox one message at a time, and a
/// reminder wakes the grain after a crash while work is pending.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "Disposed in OnDeactivateAsync, the grain's end of life.")]
public sealed partial class RecruiterSupervisorGrain(
    [PersistentState("supervisor", StorageNames.Hiring)] IPersistentState<SupervisorState> state,
    ILogStore logs,
    IReasoningTask<PlanRequest, Plan> planner,
    IMessagePolicy policy,
    PolicyReplies policyReplies,
    ISubAgentRouter router,
    IProjectDesk desk,
    SupervisorMessages messages,
    AvailabilityBook availabilityBook,
    MemoryPlan memoryPlan,
    EpisodeSummary episodeSummary,
    IOptions<SupervisorOptions> options,
    TimeProvider time,
    ILogger<RecruiterSupervisorGrain> logger) : Grain, IRecruiterSupervisor, IRemindable
{
    private const string WakeReminder = "supervisor-wake";
    private readonly SupervisorOptions _options = options.Value;
    private SupervisorContext _context = null!;
    private PlanExecutor _executor = null!;
    private SerializedWriter _writer = null!;
    private EventLog _events = null!;
    private InboxLog _inbox = null!;
    private Mailbox _mailbox = null!;
    private BackgroundWork _work = null!;
    private EpisodeKeeper _episodes = null!;
    private DecisionMemories _decisions = null!;
    private ApprovalDecisions _approvals = null!;
    private RetryBackoff _retry = null!;

    private string Key => this.GetPrimaryKeyString();

    private bool HasRunnableWork => _mailbox.Waiting > 0 || state.State.HasRunningPlan || _decisions.Pending;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var stream = this.GetStreamProvider(AssistantStreams.Provider).GetStream<AssistantEvent>(AssistantStreams.ForRecruiter(Key));
        // A failed write ends this activation and refuses every later one: the state is then ahead of storage (an approval
        // decided, a step started) without the events announcing it, which a later write, such as the interleaving
        // background pass's, would store. The next activation reads what storage holds: the decision, post or step is then
        // made again, with its event, or is there with its event when the write committed after all.
        _writer = new SerializedWriter(state.WriteStateAsync, () =>
        {
            LogWriteFailed(logger, Key);
            DeactivateOnIdle();
        });
        _events = new EventLog(Key, logs, events => events.Count == 1 ? stream.OnNextAsync(events[0]) : stream.OnNextBatchAsync(events), time, logger);
        _context = new SupervisorContext(GrainKeys.TenantOf(Key), Key, state.State, new ApprovalBook(state.State, _options), _events, new ConversationLog(Key, logs, time), _writer.WriteAsync);
        _inbox = new InboxLog(Key, logs);
        _mailbox = await _inbox.OpenAsync(state.State, _options, _writer.WriteAsync);
        _decisions = new DecisionMemories(state.State, policy, draft => GrainFactory.GetGrain<IRecruiterMemory>(Key).Remember([draft]), logger);
        _work = new BackgroundWork(this, WakeReminder, _options.WakePeriod, ProcessAsync, () => HasRunnableWork);
        _retry = new RetryBackoff(_options.RetryBaseDelay, _options.WakePeriod);
        _approvals = new ApprovalDecisions(_context, _decisions, _work);
        _executor = new PlanExecutor(router, new SupervisorSteps(time, desk, messages, availabilityBook, new ChatDecision(_approvals, messages), GrainFactory), messages, _options, time);
        _episodes = new EpisodeKeeper(_context, desk, episodeSummary, draft => GrainFactory.GetGrain<IRecruiterMemory>(Key).Remember([draft]), _options.EpisodeQuietPeriod, time, logger);
        if (HasRunnableWork)
        {
            _work.Kick(TimeSpan.Zero);
        }
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_writer.Refusing)
        {
            LogEndedAfterFailedWrite(logger, Key, reason.ToString());
        }

        _writer.Dispose();
        _events.Dispose();
        return Task.CompletedTask;
    }

    public async Task<PostAck> Post(MessageEnvelope envelope)
    {
        // The inbox entry, the conversation turn and the event are one write in one transaction: a post waits for a
        // single group commit, and a failed one leaves no half behind. Posts interleave, so a recruiter's messages
        // sent at once (tabs, devices, the API) share a commit.
        var ack = await _mailbox.PostAsync(envelope, time.GetUtcNow(), async (item, accepted) =>
        {
            try
            {
                await _events.EmitWithAsync(
                    [_inbox.Entry(item), _context.Conversation.Entry(envelope.FromAgent ? ConversationRole.Assistant : ConversationRole.Recruiter, envelope.Text, envelope.ClientMessageId)],
                    AssistantEventKind.MessageReceived,
                    envelope.Text,
                    payload: EventJson.Serialize(accepted));
            }
            catch
            {
                // A commit whose answer was lost (the connection cut after COMMIT was sent) may have written the message
                // after all: the next activation reads the inbox from the log, so the client's retry of this id is
                // answered as a duplicate instead of being accepted twice.
                DeactivateOnIdle();
                throw;
            }
        });
        // A repeated post too: the first may have been written and then failed to start the work (its reminder's write cut),
        // and its retry is all that is left to start it. The pass starts before the reminder is written, so a failing
        // reminder write does not hold it back.
        _work.Kick(TimeSpan.Zero);
        await _work.EnsureWakeReminderAsync();
        return ack;
    }

    public Task<IReadOnlyList<AssistantEvent>> EventsAfter(long sequence, int max) =>
        _events.ReadAfterAsync(Math.Max(0, sequence), Math.Clamp(max, 1, _options.MaxPage));

    public Task<long> LastSequence() => _events.LastSequenceAsync();

    public Task<IReadOnlyList<ApprovalRequest>> Approvals(bool pendingOnly)
    {
        _writer.ThrowIfRefusing();
        IReadOnlyList<ApprovalRequest> approvals = [.. state.State.Approvals
            .Where(a => !pendingOnly || a.Status == ApprovalStatus.Pending)
            .OrderBy(a => a.Status != ApprovalStatus.Pending)
            .ThenByDescending(a => a.CreatedAt)];
        return Task.FromResult(approvals);
    }

    public Task<ApprovalRequest> Decide(string approvalId, ApprovalDecision decision)
    {
        _writer.ThrowIfRefusing();
        return _approvals.DecideAsync(approvalId, decision);
    }

    public async Task RecordPipelineChange(PipelineChange change)
    {
        await _events.EmitAsync(AssistantEventKind.PipelineChanged, change.Text, payload: EventJson.Serialize(change));
    }

    public async Task RecordCandidateNotices(IReadOnlyList<CandidateNotice> notices)
    {
        foreach (var notice in notices)
        {
            if (notice.Kind is AssistantEventKind.CandidateReplied or AssistantEventKind.CandidateQuestionAnswered
                or AssistantEventKind.CandidateQuestionForRecruiter or AssistantEventKind.CandidateUnsubscribed
                or AssistantEventKind.ConversationTakenOver or AssistantEventKind.ConversationHandedBack
                or AssistantEventKind.CandidateScreenBooked or AssistantEventKind.CandidateScreenCancelled
                or AssistantEventKind.ApplicantEvaluated or AssistantEventKind.AutopilotRunFinished or AssistantEventKind.AutopilotChanged)
            {
                await _events.EmitAsync(notice.Kind, notice.Text, payload: notice.Payload);
            }
        }
    }

    public Task<ApprovalPolicy> GetPolicy() => Task.FromResult(state.State.Policy);

    public async Task<ApprovalPolicy> SetPolicy(ApprovalAction action, ApprovalMode mode)
    {
        if (action == ApprovalAction.None || !Enum.IsDefined(action))
        {
            throw new AssistantRefusalException(RefusalCodes.Invalid, $"'{action}' is not an action the policy covers.");
        }

        state.State.Policy = new ApprovalPolicy(new Dictionary<ApprovalAction, ApprovalMode>(state.State.Policy.Modes) { [action] = mode });
        await _context.SaveAndAnnounceAsync(new EventDraft(AssistantEventKind.PolicyChanged, $"{action} is now {mode}.", Payload: EventJson.Serialize(state.State.Policy.Modes)));
        return state.State.Policy;
    }

    public Task<RecruiterAvailability?> GetAvailability() => Task.FromResult(state.State.Availability);

    public Task<RecruiterAvailability> SetAvailability(RecruiterAvailability availability) => availabilityBook.SetAsync(_context, availability);

    public Task<ConversationPage> Conversation(long? before, int max) =>
        _context.Conversation.PageAsync(before, Math.Clamp(max, 1, _options.MaxPage));

    public async Task StepFinished(StepReport report)
    {
        var step = state.State.Plans
            .SelectMany(p => p.Steps)
            .FirstOrDefault(s => s.IdempotencyKey == report.IdempotencyKey && s.Status == StepRunStatus.Running && s.Report is null);
        if (step is null)
        {
            // Already applied, or no step waits for it (a report repeated after a retry): nothing is applied twice.
            return;
        }

        step.Report = report;
        await _writer.WriteAsync();
        _work.Kick(TimeSpan.Zero);
    }

    public async Task<bool> EraseCandidate(ErasedPerson person)
    {
        var redaction = new PlanRedaction(new CandidateMentions(person));
        var erased = SupervisorErasure.Erase(state.State, redaction, messages.Say("approval_withdrawn"));
        if (!(_mailbox.Drop(item => redaction.Names(item.Envelope)) | erased.Changed))
        {
            return false;
        }

        await _context.SaveAndAnnounceAsync([.. erased.Withdrawn.Select(EventDraft.Decided)]);
        await _work.EnsureWakeReminderAsync();
        _work.Kick(TimeSpan.Zero);
        return true;
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) => _work.OnReminderAsync();

    private async Task<TimeSpan?> ProcessAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _decisions.KeepAsync();
            var next = await new SupervisorLoop(state.State, _mailbox, _context, _executor, planner, desk, policy, policyReplies, memoryPlan, _episodes, time).RunAsync(cancellationToken);
            _retry.Succeeded();
            // A decision the memory could not take yet is offered again soon, not only at the next wake-up.
            return _decisions.Pending && (next is null || next > _options.RetryBaseDelay) ? _options.RetryBaseDelay : next;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The silo is stopping: the plan's persisted state says where to resume.
            return null;
        }
        catch (Exception ex)
        {
            // Tried again soon (a passing fault is over in seconds), then less and less often; the plan's persisted state
            // says where to resume, and the wake-up reminder resumes it should this activation end first.
            var retry = _retry.Failed();
            LogProcessingFailed(logger, ex, Key, retry);
            return retry;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Supervisor {Recruiter}: a state write failed; this activation writes nothing more and ends, and the next one reloads the state")]
    private static partial void LogWriteFailed(ILogger logger, string recruiter);

    [LoggerMessage(Level = LogLevel.Information, Message = "Supervisor {Recruiter} ended after a failed state write ({Reason})")]
    private static partial void LogEndedAfterFailedWrite(ILogger logger, string recruiter, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Supervisor {Recruiter} failed while processing; it tries again in {Retry}")]
    private static partial void LogProcessingFailed(ILogger logger, Exception exception, string recruiter, TimeSpan retry);
}
