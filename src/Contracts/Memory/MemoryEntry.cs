namespace Hiring.Contracts.Memory;

/// <summary>One kept memory of a recruiter.</summary>
/// <param name="Id">Stable id within the recruiter's memory ("m-12").</param>
/// <param name="Text">The memory as shown and recalled.</param>
/// <param name="Kind">Fact, preference, decision or episode.</param>
/// <param name="Importance">0 to 1.</param>
/// <param name="Source">Where it came from.</param>
/// <param name="At">When it was learned.</param>
/// <param name="UpdatedAt">When the recruiter last corrected it, when ever.</param>
/// <param name="Replaced">The text it replaced when it was said as a correction, when any.</param>
[GenerateSerializer, Immutable, Alias("hiring.memory.entry")]
public sealed record MemoryEntry(
    [property: Id(0)] string Id,
    [property: Id(1)] string Text,
    [property: Id(2)] MemoryKind Kind,
    [property: Id(3)] double Importance,
    [property: Id(4)] MemorySource Source,
    [property: Id(5)] DateTimeOffset At,
    [property: Id(6)] DateTimeOffset? UpdatedAt = null,
    [property: Id(7)] string? Replaced = null);
