using System.Globalization;
using Hiring.Contracts.Memory;

namespace Hiring.Agents.Memory;

/// <summary>How memories read to the recruiter: each with where it came from and when.</summary>
public sealed class MemoryLines(MemoryRules rules, MemoryWords words)
{
    /// <summary>Each memory on a line; asked in other words (<paramref name="question"/>), with its words of another language in English ("svenska: Swedish").</summary>
    public string List(IEnumerable<MemoryEntry> entries, string? question = null) =>
        string.Join('\n', entries.Select(e => rules.Say("recalled_line", ("text", e.Text), ("source", Source(e)))
            + (question is not null && words.Glosses(e.Text, question) is { Count: > 0 } glosses ? rules.Say("recalled_gloss", ("words", string.Join(", ", glosses))) : "")));

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
