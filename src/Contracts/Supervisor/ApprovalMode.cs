namespace Hiring.Contracts.Supervisor;

/// <summary>Whether an action waits for the recruiter.</summary>
[GenerateSerializer, Alias("hiring.supervisor.approval-mode")]
public enum ApprovalMode
{
    /// <summary>Ask the recruiter first (the default for every action).</summary>
    Ask = 0,

    /// <summary>Do it without asking.</summary>
    Auto = 1,
}
