using Hiring.Contracts.Memory;

namespace Hiring.Agents.Memory;

/// <summary>A memory as the recruiter's memory grain keeps it: the entry and its MiniLM vector (normalized).</summary>
[GenerateSerializer, Immutable, Alias("hiring.memory.kept")]
public sealed record KeptMemory([property: Id(0)] MemoryEntry Entry, [property: Id(1)] float[] Vector);
