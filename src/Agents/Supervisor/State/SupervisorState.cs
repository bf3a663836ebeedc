using Hiring.Agents.Persistence;
using Hiring.Storage;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Scheduling;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Supervisor.State;

/// <summary>
/// The supervisor's durable state: how far the inbox was processed, the active plan, approvals and
/// the policy. The inbox (with its receipts), events and the conversation are append-only logs
/// kept outside this blob (<see cref="InboxLog"/>, <see cref="EventLog"/>, <see cref="ConversationLog"/>).
/// Version 2 moved the inbox and receipts out; <see cref="InboxMigration"/> moves a version 1 row's on activation.
/// </summary>
[GenerateSerializer, Alias("hiring.supervisor.state"), StateVersion(2)]
public sealed class SupervisorState
{
    /// <summary>Version 1 kept waiting messages here; read only to move them to the inbox log, empty afterwards.</summary>
    [Id(0)]
    public List<InboxItem> LegacyInbox { get; set; } = [];

    /// <summary>The last inbox sequence of version 1 state (the inbox log holds later ones).</summary>
    [Id(1)]
    public long LastInboxSequence { get; set; }

    /// <summary>Version 1 kept receipts here; read only to move them to the inbox log, empty afterwards.</summary>
    [Id(2)]
    public List<PostAck> LegacyReceipts { get; set; } = [];

    /// <summary>Plans not finished: at most one running, others parked waiting for approvals.</summary>
    [Id(3)]
    public List<PlanRun> Plans { get; set; } = [];

    [Id(4)]
    public List<ApprovalRequest> Approvals { get; set; } = [];

    [Id(5)]
    public ApprovalPolicy Policy { get; set; } = ApprovalPolicy.Default;

    /// <summary>The project the recruiter is working on, when one was named or created.</summary>
    [Id(6)]
    public string? CurrentProjectId { get; set; }

    /// <summary>The question the assistant asked last, still open: the recruiter's next message is read as its answer.</summary>
    [Id(7)]
    public OpenQuestion? Question { get; set; }

    /// <summary>Inbox messages up to this sequence have been planned (or answered); later ones wait in the inbox log.</summary>
    [Id(8)]
    public long ProcessedThrough { get; set; }

    /// <summary>The projects the recruiter worked on before the current one, most recent first (at most <see cref="MaxRecentProjects"/>).</summary>
    [Id(9)]
    public List<string> RecentProjectIds { get; set; } = [];

    /// <summary>When the recruiter takes screens (weekly windows in their time zone), once set.</summary>
    [Id(10)]
    public RecruiterAvailability? Availability { get; set; }

    /// <summary>The stretch of conversation about one project not yet kept as an episode, when any.</summary>
    [Id(11)]
    public ConversationStretch? Stretch { get; set; }

    /// <summary>Decided approvals whose memory the recruiter's memory has not confirmed yet (<see cref="DecisionMemories"/>).</summary>
    [Id(12)]
    public List<string> DecisionsToRemember { get; set; } = [];

    /// <summary>What the recruiter's last planned message was ("remember …"): a correction right after it puts it right.</summary>
    [Id(13)]
    public PlanIntent? LastIntent { get; set; }

    /// <summary>How many earlier projects the recruiter may go back to by name ("back to the paralegal one").</summary>
    public const int MaxRecentProjects = 6;

    /// <summary>Makes a project the one the recruiter works on; the one before it joins the recent ones.</summary>
    public void WorkOn(string projectId)
    {
        if (CurrentProjectId is { } previous && previous != projectId)
        {
            RecentProjectIds.Remove(previous);
            RecentProjectIds.Insert(0, previous);
        }

        RecentProjectIds.Remove(projectId);
        if (RecentProjectIds.Count > MaxRecentProjects)
        {
            RecentProjectIds.RemoveRange(MaxRecentProjects, RecentProjectIds.Count - MaxRecentProjects);
        }

        CurrentProjectId = projectId;
    }

    /// <summary>True when a plan is running (the inbox's waiting messages are the mailbox's to count).</summary>
    public bool HasRunningPlan => Plans.Exists(p => p.Status == PlanRunStatus.Running);
}
