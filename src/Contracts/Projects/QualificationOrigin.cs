namespace Hiring.Contracts.Projects;

/// <summary>Where a qualification came from.</summary>
[GenerateSerializer, Alias("hiring.projects.qualification-origin")]
public enum QualificationOrigin
{
    /// <summary>Stated in the recruiter's request or job description.</summary>
    Request = 0,

    /// <summary>Suggested because it is common for this title in this market.</summary>
    MarketInsights = 1,

    /// <summary>Suggested because the tenant's past hires for similar roles had it.</summary>
    PastHires = 2,

    /// <summary>Written or edited by the recruiter.</summary>
    Recruiter = 3,

    /// <summary>Proposed by the learning agent and approved.</summary>
    Learning = 4,
}
