using Hiring.Agents.Sourcing.Remembered;
using Hiring.Contracts.Memory;

namespace Hiring.Agents.Tests.Sourcing.Remembered;

/// <summary>A recruiter's memories in a list: every memory with the relevance the test gives it.</summary>
internal sealed class FakeRecruiterMemories : IRecruiterMemories
{
    public List<RecalledMemory> Memories { get; } = [];

    public List<string> Asked { get; } = [];

    public FakeRecruiterMemories Add(string text, double relevance = 0, MemoryKind kind = MemoryKind.Preference, DateTimeOffset? at = null)
    {
        var id = $"m-{Memories.Count + 1}";
        Memories.Add(new RecalledMemory(new MemoryEntry(id, text, kind, 0.7, new MemorySource(MemorySource.Message, id, text), at ?? new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero)), relevance, relevance));
        return this;
    }

    public Task<IReadOnlyList<RecalledMemory>> AboutRole(string recruiterKey, string role)
    {
        Asked.Add(recruiterKey);
        return Task.FromResult<IReadOnlyList<RecalledMemory>>([.. Memories]);
    }
}
