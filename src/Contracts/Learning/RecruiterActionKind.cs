namespace Hiring.Contracts.Learning;

/// <summary>What a recruiter (or an agent on their behalf) did with a candidate.</summary>
[GenerateSerializer, Alias("hiring.learning.action-kind")]
public enum RecruiterActionKind
{
    /// <summary>Opened the candidate's profile.</summary>
    Viewed = 0,

    /// <summary>A message was sent to the candidate (after the recruiter approved it).</summary>
    Messaged = 1,

    /// <summary>Moved to Shortlisted.</summary>
    Shortlisted = 2,

    /// <summary>Moved on to Contacted, Replied, Screening or Interviewing.</summary>
    Advanced = 3,

    /// <summary>Archived, with the reason given.</summary>
    Archived = 4,

    /// <summary>Hired.</summary>
    Hired = 5,

    /// <summary>Rated up.</summary>
    ThumbsUp = 6,

    /// <summary>Rated down.</summary>
    ThumbsDown = 7,

    /// <summary>Highlighted a passage of the profile (the passage is the action's text).</summary>
    Highlighted = 8,
}
