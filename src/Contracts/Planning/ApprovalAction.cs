namespace Hiring.Contracts.Planning;

/// <summary>The approval-policy action a plan step falls under.</summary>
[GenerateSerializer, Alias("hiring.planning.approval-action")]
public enum ApprovalAction
{
    /// <summary>The step needs no approval.</summary>
    None = 0,

    /// <summary>Drafting a message to a candidate.</summary>
    Draft = 1,

    /// <summary>Sending a message to a candidate.</summary>
    Send = 2,

    /// <summary>Advancing a candidate to the next pipeline stage.</summary>
    Advance = 3,

    /// <summary>Rejecting a candidate.</summary>
    Reject = 4,

    /// <summary>Applying a change to a project's qualifications.</summary>
    ApplyQualificationChange = 5,

    /// <summary>Starting a sourcing run (including turning autopilot on).</summary>
    StartSourcing = 6,
}
