namespace Hiring.Agents.Sourcing;

/// <summary>Names of the query strategies, as recorded with each query and shown in a candidate's why.</summary>
public static class SourcingStrategies
{
    /// <summary>The boolean query built from the spec and the approved qualifications.</summary>
    public const string Boolean = "boolean";

    /// <summary>A variant from the sourcing-query reasoning task (LLM or built-in).</summary>
    public const string AiVariant = "ai-variant";

    /// <summary>A past query of the recruiter's that led to contacts or hires.</summary>
    public const string History = "history";

    /// <summary>The calibration batch.</summary>
    public const string Calibration = "calibration";
}
