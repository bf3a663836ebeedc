namespace Hiring.Contracts.Planning;

/// <summary>The agent a plan step is addressed to.</summary>
[GenerateSerializer, Alias("hiring.planning.agent")]
public enum AgentKind
{
    /// <summary>The recruiter's supervisor itself: replies, digests, explanations of its own log.</summary>
    Supervisor = 0,

    /// <summary>Job spec and qualifications.</summary>
    Intake = 1,

    /// <summary>Searches and the overnight schedule.</summary>
    Sourcing = 2,

    /// <summary>Assessments against qualifications.</summary>
    Evaluation = 3,

    /// <summary>Messages, follow-ups, scheduling.</summary>
    Outreach = 4,

    /// <summary>Interview questions and transcript summaries.</summary>
    Screening = 5,

    /// <summary>Learning from recruiter actions.</summary>
    Learning = 6,

    /// <summary>The recruiter's cognitive memory.</summary>
    Memory = 7,
}
