namespace Hiring.Contracts.Memory;

/// <summary>A memory recalled for a question: how well it answers it (words shared, then MiniLM likeness), its likeness alone, and the score it was ranked by (relevance blended with importance and recency).</summary>
[GenerateSerializer, Immutable, Alias("hiring.memory.recalled")]
public sealed record RecalledMemory([property: Id(0)] MemoryEntry Entry, [property: Id(1)] double Score, [property: Id(2)] double Relevance, [property: Id(3)] double Likeness = 0);
