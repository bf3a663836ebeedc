using Hiring.Agents.Supervisor.State;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Supervisor;

/// <summary>Everything a plan's steps need to know about the recruiter they run for.</summary>
public sealed record SupervisorContext(
    string Tenant,
    string RecruiterKey,
    SupervisorState State,
    ApprovalBook Approvals,
    EventLog Events,
    ConversationLog Conversation,
    Func<Task> Save)
{
    /// <summary>
    /// Tells the recruiter <paramref name="text"/>: the assistant's conversation turn and its event
    /// are one write, durable together, then the event is published.
    /// </summary>
    public async Task<AssistantEvent> SayAsync(AssistantEventKind kind, string text, string? clientMessageId, string? planId = null, int? stepIndex = null, string? payload = null) =>
        (await AnnounceAsync(null, [EventDraft.Say(kind, text, clientMessageId, planId, stepIndex, payload)]))[0];

    /// <summary>
    /// Saves the state and writes the events that announce the change, durable together in one
    /// write (one wait for a commit, not two). Nothing is written when the state write fails.
    /// </summary>
    public Task<IReadOnlyList<AssistantEvent>> SaveAndAnnounceAsync(params EventDraft[] events) => AnnounceAsync(Save, events);

    // An event that is said is also the assistant's conversation turn, written with it.
    private Task<IReadOnlyList<AssistantEvent>> AnnounceAsync(Func<Task>? save, IReadOnlyList<EventDraft> events) =>
        Events.WriteAsync(save, [.. events.Where(e => e.Said).Select(e => Conversation.Entry(ConversationRole.Assistant, e.Text, e.ClientMessageId))], events);

    /// <summary>The recruiter's working project when a step names none ("{recruiter}.desk" until one is created).</summary>
    public string ProjectFor(PlanRun run) =>
        run.ProjectId ?? State.CurrentProjectId ?? $"{Identity.GrainKeys.IdOf(RecruiterKey)}.desk";

    /// <summary>Whether the plan or the recruiter names a real project, rather than the desk standing in for none.</summary>
    public bool HasProject(PlanRun run) => run.ProjectId is not null || State.CurrentProjectId is not null;
}
