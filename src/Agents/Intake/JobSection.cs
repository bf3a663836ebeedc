namespace Hiring.Agents.Intake;

/// <summary>What a line of a job description opens.</summary>
public enum JobSection
{
    NotAHeading = 0,
    Must = 1,
    Nice = 2,
    Other = 3,
}
