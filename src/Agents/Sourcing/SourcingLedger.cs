namespace Hiring.Agents.Sourcing;

/// <summary>Which query first found each candidate, and which candidates were already credited.</summary>
public sealed record SourcingLedger(IReadOnlyDictionary<string, string> FoundBy, IReadOnlySet<string> Credited);
