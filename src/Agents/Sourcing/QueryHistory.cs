using System.Text.Json;
using Hiring.Agents.Persistence;
using Hiring.Storage;

namespace Hiring.Agents.Sourcing;

/// <summary>
/// Each recruiter's queries that led to contacts or hires, in the append-only log store (one stream
/// per recruiter), so the next project for a similar role can start from what worked.
/// </summary>
public sealed class QueryHistory(ILogStore store)
{
    public const string EntryType = "query-outcome";
    private const int ReadWindow = 500;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string StreamKey(string recruiterKey) => $"sourcing-queries/{recruiterKey}";

    public async Task RecordAsync(string recruiterKey, IReadOnlyList<QueryOutcome> outcomes, CancellationToken cancellationToken = default)
    {
        if (outcomes.Count > 0)
        {
            await store.AppendAsync(StreamKey(recruiterKey), [.. outcomes.Select(o => (EntryType, JsonSerializer.Serialize(o, Json)))], cancellationToken: cancellationToken);
        }
    }

    /// <summary>The recruiter's queries for the same title, those that led to the most contacts and hires first.</summary>
    public async Task<IReadOnlyList<(string Query, int Successes)>> SuccessfulAsync(string recruiterKey, string title, int max, CancellationToken cancellationToken = default)
    {
        var entries = await store.ReadBeforeAsync(StreamKey(recruiterKey), long.MaxValue, ReadWindow, cancellationToken);
        return [.. entries
            .Where(e => e.Type == EntryType)
            .Select(e => JsonSerializer.Deserialize<QueryOutcome>(e.Payload, Json))
            .Where(o => o is not null && string.Equals(o.Title, title, StringComparison.OrdinalIgnoreCase))
            .GroupBy(o => o!.Query, StringComparer.Ordinal)
            .Select(g => (Query: g.Key, Successes: g.Count()))
            .OrderByDescending(q => q.Successes)
            .ThenBy(q => q.Query, StringComparer.Ordinal)
            .Take(max)];
    }
}
