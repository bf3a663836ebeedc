namespace Hiring.Reasoning.Policy;

/// <summary>How a rule of policy.yaml reads a recruiter's message.</summary>
public enum MessageRuleMode
{
    /// <summary>The words are refused only where the message states a preference with them.</summary>
    Preference,

    /// <summary>The words are a preference on their own ("digital native", "too old").</summary>
    Always,

    /// <summary>The rule checks qualifications only.</summary>
    Never,
}
