namespace Hiring.Contracts.Outreach;

/// <summary>Which way a message of a candidate's conversation went.</summary>
[GenerateSerializer, Alias("hiring.outreach.thread-direction")]
public enum ThreadDirection
{
    /// <summary>From the recruiter (through the assistant) to the candidate.</summary>
    Out = 0,

    /// <summary>The candidate's reply.</summary>
    In = 1,
}
