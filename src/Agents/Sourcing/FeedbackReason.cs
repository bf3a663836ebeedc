namespace Hiring.Agents.Sourcing;

/// <summary>Why the recruiter liked or disliked a candidate, as far as it steers the search.</summary>
[GenerateSerializer, Alias("hiring.sourcing.feedback-reason")]
public enum FeedbackReason
{
    /// <summary>No reason given.</summary>
    None = 0,

    /// <summary>Below the level wanted.</summary>
    TooJunior = 1,

    /// <summary>Above the level wanted.</summary>
    TooSenior = 2,

    /// <summary>A people manager or director, not an individual contributor.</summary>
    Management = 3,

    /// <summary>Lives in the wrong place.</summary>
    WrongPlace = 4,

    /// <summary>Lacks a skill the role needs.</summary>
    MissingSkill = 5,

    /// <summary>"More like this one": a model for the search.</summary>
    MoreLikeThis = 6,

    /// <summary>A reason the search cannot act on ("too expensive"): recorded, not applied.</summary>
    Other = 7,
}
