namespace Hiring.Contracts.Supervisor;

/// <summary>The recruiter's answer to an approval request.</summary>
[GenerateSerializer, Alias("hiring.supervisor.approval-verdict")]
public enum ApprovalVerdict
{
    /// <summary>Go ahead as proposed.</summary>
    Approve = 0,

    /// <summary>Do not do it; the step is skipped.</summary>
    Reject = 1,

    /// <summary>Go ahead with the recruiter's changes to the step's inputs.</summary>
    Edit = 2,
}
