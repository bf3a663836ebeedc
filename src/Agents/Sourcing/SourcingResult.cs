using Hiring.Contracts.Reasoning;

namespace Hiring.Agents.Sourcing;

/// <summary>What a search found: the boolean query, every strategy's query with hits, the picked candidates best first, and what the constraint filter dropped.</summary>
public sealed record SourcingResult(string Query, IReadOnlyList<StrategyQuery> Queries, IReadOnlyList<RankedSourcingCandidate> Picked, Provenance? VariantProvenance, FilterReport Filtered);
