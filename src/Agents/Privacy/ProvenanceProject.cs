namespace Hiring.Agents.Privacy;

/// <summary>One project that holds a person, and the sourcing query that first found them there (null when added another way).</summary>
public sealed record ProvenanceProject(string ProjectId, string? Query);
