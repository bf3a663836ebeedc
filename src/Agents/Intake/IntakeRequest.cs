using Hiring.Contracts.Planning;

namespace Hiring.Agents.Intake;

/// <summary>The intake task's input: the recruiter's text (a request, a job description or a JSON Resume job) and the planner's slots.</summary>
public sealed record IntakeRequest(string Text, RequestSlots Slots);
