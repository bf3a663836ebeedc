namespace Hiring.Agents.Outreach.Drafting;

/// <summary>A fact of the candidate's profile a draft cites, verbatim.</summary>
/// <param name="Section">Where it is in the profile ("experience[0].description", "experience[0].company", "skills").</param>
/// <param name="Text">The words, as the profile writes them.</param>
/// <param name="Requirement">The qualification it matches, in words; null for a fact cited without one (the current role).</param>
public sealed record CitedFact(string Section, string Text, string? Requirement);
