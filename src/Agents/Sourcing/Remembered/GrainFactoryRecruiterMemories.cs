using Hiring.Contracts.Memory;

namespace Hiring.Agents.Sourcing.Remembered;

/// <summary>The recruiter's memory grain: its memories ranked against the role (relevance as intake reads it), the rest with none.</summary>
public sealed class GrainFactoryRecruiterMemories(IGrainFactory grains) : IRecruiterMemories
{
    // The most memories the grain ranks in one call; past them a memory counts as bearing on no role.
    private const int Ranked = 50;

    public async Task<IReadOnlyList<RecalledMemory>> AboutRole(string recruiterKey, string role)
    {
        var memory = grains.GetGrain<IRecruiterMemory>(recruiterKey);
        var ranked = (await memory.Rank(role, Ranked)).ToDictionary(r => r.Entry.Id, StringComparer.Ordinal);
        return [.. (await memory.List()).Select(e => ranked.TryGetValue(e.Id, out var r) ? r with { Entry = e } : new RecalledMemory(e, 0, 0))];
    }
}
