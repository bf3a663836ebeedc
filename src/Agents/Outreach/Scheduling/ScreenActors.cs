namespace Hiring.Agents.Outreach.Scheduling;

/// <summary>Who changed a screen, as the screen book records it.</summary>
public static class ScreenActors
{
    public const string Candidate = "candidate";
    public const string Recruiter = "recruiter";
}
