namespace Hiring.Agents.Memory;

/// <summary>The durable state of a recruiter's memory: the kept memories (a forgotten one is removed, not marked) and the next id.</summary>
[GenerateSerializer, Alias("hiring.memory.book-state")]
public sealed class MemoryBookState
{
    [Id(0)]
    public List<KeptMemory> Items { get; set; } = [];

    [Id(1)]
    public long NextId { get; set; }
}
