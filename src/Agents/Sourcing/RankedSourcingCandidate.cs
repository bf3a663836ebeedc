namespace Hiring.Agents.Sourcing;

/// <summary>A found candidate after the insight adjustments, with the reasons said in words.</summary>
public sealed record RankedSourcingCandidate(FoundCandidate Candidate, double Score, string Why);
