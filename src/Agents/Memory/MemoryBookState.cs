namespace Hiring.Agents.Memory;

/// <summary>The durable state of a recruiter's memory: the kept memories (a forgotten one is removed, not marked), the next id, and what of the conversations was forgotten.</summary>
[GenerateSerializer, Alias("hiring.memory.book-state")]
public sealed class MemoryBookState
{
    [Id(0)]
    public List<KeptMemory> Items { get; set; } = [];

    [Id(1)]
    public long NextId { get; set; }

    /// <summary>The stretches of conversation whose episodes were forgotten (project and start), so a stretch still going on never brings one back.</summary>
    [Id(2)]
    public List<string> ForgottenStretches { get; set; } = [];

    /// <summary>When the recruiter last asked to forget everything: no episode of a conversation begun before then is kept.</summary>
    [Id(3)]
    public DateTimeOffset? ForgotAllAt { get; set; }
}
