using Hiring.Contracts.Projects;

namespace Hiring.Agents.Intake;

/// <summary>A requirement as read from the recruiter's text, before it becomes a proposed qualification.</summary>
public sealed record DraftRequirement(string Text, QualificationKind Kind, QualificationCategory Category, string? Subject = null, int? MinYears = null);
