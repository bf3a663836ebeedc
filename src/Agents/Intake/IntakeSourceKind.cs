namespace Hiring.Agents.Intake;

/// <summary>The form the recruiter's input took.</summary>
public enum IntakeSourceKind
{
    ChatRequest = 0,
    JobDescription = 1,
    JsonResumeJob = 2,
}
