using Hiring.Contracts.Reasoning;

namespace Hiring.Agents.Sourcing.Variants;

/// <summary>The variants and the engine, model and prompt version that produced them.</summary>
public sealed record SourcingQueryVariants(IReadOnlyList<SourcingQueryVariant> Variants, Provenance Provenance);
