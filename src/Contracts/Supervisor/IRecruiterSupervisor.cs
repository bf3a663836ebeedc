using Hiring.Contracts.Agents;
using Hiring.Contracts.Outreach;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Privacy;
using Hiring.Contracts.Scheduling;
using Hiring.Contracts.Tenancy;
using Orleans.Concurrency;

namespace Hiring.Contracts.Supervisor;

/// <summary>
/// A recruiter's assistant (key: tenant/recruiter). It owns the durable inbox, the plans and their
/// step states, pending approvals, the event log and the conversation; it routes every step to the
/// sub-agents. Calls return at once: work happens in the background and is reported as events.
/// </summary>
[Alias("hiring.supervisor")]
public interface IRecruiterSupervisor : IGrainWithStringKey, ITenantScoped
{
    /// <summary>
    /// Queues a message durably and returns the receipt. Posting a known client message id returns
    /// the first receipt and does nothing. Refuses (<see cref="AssistantRefusalException"/>) an
    /// empty or oversized message and a full inbox. Posts interleave with each other and with the
    /// recruiter's other calls: messages sent at once are written together.
    /// </summary>
    [AlwaysInterleave]
    Task<PostAck> Post(MessageEnvelope envelope);

    /// <summary>Up to <paramref name="max"/> events with a sequence after <paramref name="sequence"/>, oldest first.</summary>
    Task<IReadOnlyList<AssistantEvent>> EventsAfter(long sequence, int max);

    /// <summary>The last event's sequence (0 when none).</summary>
    Task<long> LastSequence();

    /// <summary>Approvals, pending first; with <paramref name="pendingOnly"/> only those waiting.</summary>
    Task<IReadOnlyList<ApprovalRequest>> Approvals(bool pendingOnly);

    /// <summary>
    /// Decides an approval and resumes the waiting plan. A decision is final: deciding an approval
    /// again is refused with ALREADY_DECIDED (and changes nothing). Unknown ids are refused with NOT_FOUND.
    /// </summary>
    Task<ApprovalRequest> Decide(string approvalId, ApprovalDecision decision);

    /// <summary>The approval policy.</summary>
    Task<ApprovalPolicy> GetPolicy();

    /// <summary>Sets the mode of one action.</summary>
    Task<ApprovalPolicy> SetPolicy(ApprovalAction action, ApprovalMode mode);

    /// <summary>When the recruiter takes screens; null until set.</summary>
    Task<RecruiterAvailability?> GetAvailability();

    /// <summary>
    /// Replaces the recruiter's availability. Refuses (<see cref="AssistantRefusalException"/>, INVALID)
    /// an unknown time zone, a window that ends before it starts, or too many windows, and changes nothing then.
    /// </summary>
    Task<RecruiterAvailability> SetAvailability(RecruiterAvailability availability);

    /// <summary>A page of the conversation: up to <paramref name="max"/> turns before <paramref name="before"/> (the latest when null).</summary>
    Task<ConversationPage> Conversation(long? before, int max);

    /// <summary>
    /// Records a change the recruiter made to a project's pipeline outside the chat (a move, a note),
    /// as a <see cref="AssistantEventKind.PipelineChanged"/> event, so every tab and device of the
    /// recruiter shows it. Plans nothing. One-way: the recruiter's move or note never waits for a
    /// supervisor that is busy with a step.
    /// </summary>
    [OneWay]
    Task RecordPipelineChange(PipelineChange change);

    /// <summary>
    /// Records what candidates did (replies, answers, unsubscribes, applications evaluated) and what a
    /// project's autopilot did (runs ended, turned on or off) as events in the recruiter's stream, in
    /// order. Plans nothing; only those event kinds are accepted. One-way: a
    /// candidate's page never waits for a supervisor busy with a step.
    /// </summary>
    [OneWay]
    Task RecordCandidateNotices(IReadOnlyList<CandidateNotice> notices);

    /// <summary>
    /// A sub-agent reports a step it accepted. Idempotent by the step's key: a report for a step
    /// already done, or for no step waiting for one, changes nothing. Returns once the report is
    /// stored; the plan continues in the background.
    /// </summary>
    Task StepFinished(StepReport report);

    /// <summary>
    /// Removes what the assistant's state holds about an erased candidate: a pending approval that
    /// concerns them alone is withdrawn (<see cref="ApprovalStatus.Withdrawn"/>, announced without
    /// naming them) and its plan goes on without the step; a step not yet run for them alone is
    /// skipped; everything else (plans, steps, their results, decided approvals, the open question,
    /// waiting messages) keeps its place with their mentions redacted. Idempotent; returns true when
    /// anything changed.
    /// </summary>
    Task<bool> EraseCandidate(ErasedPerson person);
}
