namespace Hiring.Reasoning.Planning.Dialogue;

/// <summary>Which project a message acts on.</summary>
public enum ProjectTarget
{
    /// <summary>No project: small talk, a question about the assistant, something it cannot do.</summary>
    None,

    /// <summary>A new project, started from the message (or from the request an answer completes).</summary>
    New,

    /// <summary>The project the recruiter is working on.</summary>
    Current,
}
