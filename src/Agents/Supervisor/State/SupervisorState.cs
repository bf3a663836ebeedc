using Hiring.Contracts.Planning;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Supervisor.State;

/// <summary>
/// The supervisor's durable state: the inbox, recent receipts, the active plan, approvals and
/// the policy. Events and the conversation are append-only logs kept outside this blob.
/// </summary>
[GenerateSerializer, Alias("hiring.supervisor.state")]
public sealed class SupervisorState
{
    [Id(0)]
    public List<InboxItem> Inbox { get; set; } = [];

    [Id(1)]
    public long LastInboxSequence { get; set; }

    /// <summary>Receipts of recently accepted messages, oldest first, for idempotent posts.</summary>
    [Id(2)]
    public List<PostAck> RecentAcks { get; set; } = [];

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

    /// <summary>True when there is something to do without waiting for the recruiter.</summary>
    public bool HasRunnableWork => Inbox.Count > 0 || Plans.Exists(p => p.Status == PlanRunStatus.Running);
}
