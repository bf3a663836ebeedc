using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Supervisor;

/// <summary>What <see cref="SupervisorErasure"/> did: whether the state changed, and the approvals it withdrew (to announce).</summary>
public sealed record SupervisorErasureResult(bool Changed, IReadOnlyList<ApprovalRequest> Withdrawn);
