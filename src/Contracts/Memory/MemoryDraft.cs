namespace Hiring.Contracts.Memory;

/// <summary>Something to remember, before it is kept: what, of which kind, how much it matters, and where it came from.</summary>
/// <param name="Text">The memory as it will be shown and recalled.</param>
/// <param name="Kind">Fact, preference, decision or episode.</param>
/// <param name="Importance">0 to 1: how much it weighs in recall beside its likeness to the question.</param>
/// <param name="Source">Its provenance.</param>
/// <param name="Corrects">Whether it was said as a correction ("actually Tom is the HM now"): it replaces the memory it most resembles.</param>
/// <param name="Replaces">Whether the correction says what replaces what ("switch to Notion"): with nothing more alike, it corrects the newest memory.</param>
[GenerateSerializer, Immutable, Alias("hiring.memory.draft")]
public sealed record MemoryDraft(
    [property: Id(0)] string Text,
    [property: Id(1)] MemoryKind Kind,
    [property: Id(2)] double Importance,
    [property: Id(3)] MemorySource Source,
    [property: Id(4)] bool Corrects = false,
    [property: Id(5)] bool Replaces = false);
