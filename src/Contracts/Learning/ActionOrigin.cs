namespace Hiring.Contracts.Learning;

/// <summary>Where an action came from, so learning can tell the recruiter's own choices from the agents' steps.</summary>
[GenerateSerializer, Alias("hiring.learning.action-origin")]
public enum ActionOrigin
{
    /// <summary>The recruiter, in the web app or through the API.</summary>
    Recruiter = 0,

    /// <summary>A sub-agent's step (a shortlist the assistant chose, a candidate it added or moved).</summary>
    Agent = 1,
}
