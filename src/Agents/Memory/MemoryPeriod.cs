using Hiring.Contracts.Memory;

namespace Hiring.Agents.Memory;

/// <summary>The days a question names ("last week"), from the start of the first to the start of the day after the last (UTC), and how to say them.</summary>
public sealed record MemoryPeriod(DateTimeOffset From, DateTimeOffset To, string Said)
{
    /// <summary>
    /// Whether the memory belongs to the period: an episode when its stretch of conversation overlaps it,
    /// anything else when it was told, or corrected, in it.
    /// </summary>
    public bool Holds(MemoryEntry entry)
    {
        if (entry.Kind == MemoryKind.Episode)
        {
            var from = entry.Source.From ?? entry.At;
            var to = entry.Source.To ?? entry.UpdatedAt ?? entry.At;
            return from < To && to >= From;
        }

        return Within(entry.At) || (entry.UpdatedAt is { } updated && Within(updated));
    }

    private bool Within(DateTimeOffset at) => at >= From && at < To;
}
