using System.Globalization;
using Hiring.Contracts.Memory;

namespace Hiring.Agents.Memory;

/// <summary>How memories read to the recruiter: each with where it came from and when.</summary>
public sealed class MemoryLines(MemoryRules rules)
{
    public string List(IEnumerable<MemoryEntry> entries) =>
        string.Join('\n', entries.Select(e => rules.Say("recalled_line", ("text", e.Text), ("source", Source(e)))));

    public static string Inline(IEnumerable<MemoryEntry> entries) => string.Join("; ", entries.Select(e => $"\"{e.Text}\""));

    public string Source(MemoryEntry entry)
    {
        var when = Day(entry.At);
        return entry.Source.Kind switch
        {
            MemorySource.Approval => rules.Say("source_approval", ("when", when)),
            MemorySource.Conversation => rules.Say("source_conversation", ("when", Day(entry.Source.From ?? entry.At))),
            _ when entry.UpdatedAt is { } updated && entry.Replaced is not null => rules.Say("source_corrected", ("when", when), ("updated", Day(updated))),
            _ => rules.Say("source_message", ("when", when)),
        };
    }

    private static string Day(DateTimeOffset at) => at.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
}
