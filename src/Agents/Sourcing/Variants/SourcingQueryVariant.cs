namespace Hiring.Agents.Sourcing.Variants;

/// <summary>One alternative query and why it may find people the boolean query misses.</summary>
public sealed record SourcingQueryVariant(string Query, string Rationale);
