namespace Hiring.Agents.Sourcing.Feedback;

/// <summary>A candidate as the recruiter saw it: its number in the batch (from 1), its id and its name when known.</summary>
public sealed record ShownCandidate(int Position, string Id, string? Name = null);
