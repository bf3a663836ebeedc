namespace Hiring.Agents.Intake.Faq;

/// <summary>The questions candidates ask most, which intake drafts the job's FAQ for.</summary>
public enum FaqTopic
{
    /// <summary>The pay range, only when the job states amounts.</summary>
    Compensation,

    /// <summary>Where the role is based and whether it is on site, hybrid or remote.</summary>
    Location,

    /// <summary>The team the candidate would join.</summary>
    Team,

    /// <summary>The interview process.</summary>
    Process,

    /// <summary>Visa sponsorship and relocation.</summary>
    Visa,
}
