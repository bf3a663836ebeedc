namespace Hiring.Contracts.Evaluation;

/// <summary>The overall advice for a candidate (the recruiter decides).</summary>
[GenerateSerializer, Alias("hiring.evaluation.recommendation")]
public enum Recommendation
{
    /// <summary>Misses a must-have.</summary>
    NotAMatch = 0,

    /// <summary>Meets must-haves only partly or unknown on some.</summary>
    Possible = 1,

    /// <summary>Meets every must-have.</summary>
    Match = 2,

    /// <summary>Meets every must-have and most nice-to-haves.</summary>
    StrongMatch = 3,
}
