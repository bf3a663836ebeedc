namespace Hiring.Agents.Sourcing.Variants;

/// <summary>What the query-variant task works from: the role, the current plan and the boolean query built from it.</summary>
public sealed record SourcingQueryRequest(string Title, string Seniority, QueryPlan Plan, string BooleanQuery, int MaxVariants);
