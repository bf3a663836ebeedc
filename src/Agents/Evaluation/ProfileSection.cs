namespace Hiring.Agents.Evaluation;

/// <summary>One quotable part of a masked profile: its name ("experience[0].description") and its text.</summary>
public sealed record ProfileSection(string Name, string Text);
