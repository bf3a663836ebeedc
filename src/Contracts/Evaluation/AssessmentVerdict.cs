namespace Hiring.Contracts.Evaluation;

/// <summary>Whether a candidate meets a qualification.</summary>
[GenerateSerializer, Alias("hiring.evaluation.verdict")]
public enum AssessmentVerdict
{
    /// <summary>The profile does not say.</summary>
    Unknown = 0,

    /// <summary>The profile shows it does not hold.</summary>
    NotMet = 1,

    /// <summary>Some evidence, short of the requirement (for example fewer years).</summary>
    Partial = 2,

    /// <summary>The profile shows it holds.</summary>
    Met = 3,
}
