namespace Hiring.Reasoning.Planning;

/// <summary>The planner's input: the recruiter's message and what the supervisor knows around it.</summary>
/// <param name="Message">The recruiter's message, as written.</param>
/// <param name="ProjectSummary">A short summary of the current project, when there is one.</param>
/// <param name="Memory">Relevant facts and preferences from the recruiter's memory.</param>
/// <param name="Dialogue">The open project and the open question, when there are any.</param>
public sealed record PlanRequest(string Message, string? ProjectSummary = null, IReadOnlyList<string>? Memory = null, DialogueState? Dialogue = null);
