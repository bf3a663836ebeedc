namespace Hiring.Contracts.Memory;

/// <summary>What became of a memory the recruiter asked to keep.</summary>
[GenerateSerializer, Alias("hiring.memory.change")]
public enum MemoryChange
{
    /// <summary>Kept as a new memory.</summary>
    Added = 0,

    /// <summary>It repeated a kept memory, which was refreshed.</summary>
    Refreshed = 1,

    /// <summary>It corrected a kept memory, which now says it instead.</summary>
    Corrected = 2,
}
