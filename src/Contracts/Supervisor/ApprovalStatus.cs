namespace Hiring.Contracts.Supervisor;

/// <summary>Where an approval stands.</summary>
[GenerateSerializer, Alias("hiring.supervisor.approval-status")]
public enum ApprovalStatus
{
    /// <summary>Waiting for the recruiter.</summary>
    Pending = 0,

    /// <summary>Approved (possibly with edits).</summary>
    Approved = 1,

    /// <summary>Rejected.</summary>
    Rejected = 2,

    /// <summary>Withdrawn without a decision: the candidate it concerned alone was erased, so there is nothing left to approve.</summary>
    Withdrawn = 3,
}
