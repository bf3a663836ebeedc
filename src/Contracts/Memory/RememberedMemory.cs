namespace Hiring.Contracts.Memory;

/// <summary>A memory as kept by <see cref="IRecruiterMemory.Remember"/>, and whether it was new, a repeat or a correction.</summary>
[GenerateSerializer, Immutable, Alias("hiring.memory.remembered")]
public sealed record RememberedMemory([property: Id(0)] MemoryEntry Entry, [property: Id(1)] MemoryChange Change);
