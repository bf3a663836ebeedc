namespace Hiring.Talent.Insights;

/// <summary>People who moved from one employer straight to another within the flow window.</summary>
public sealed record TalentFlow(string From, string To, int Moves);
