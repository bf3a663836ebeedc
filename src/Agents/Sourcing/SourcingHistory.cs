using Hiring.Agents.Supervisor;
using Hiring.Storage;

namespace Hiring.Agents.Sourcing;

/// <summary>
/// Sourcing's histories of a project, in the append-only log store: which query first found each
/// candidate, which candidates were credited to the recruiter's query history, and the iterations
/// of finished loops. The agent's state keeps the current loop only, so it stays the same size
/// however long a project sources. A step that fails after appending may append again when it
/// is retried: readers keep the first query per candidate and one iteration per loop and number.
/// </summary>
public sealed class SourcingHistory(ILogStore store)
{
    private const string Found = "found";
    private const string Credited = "credited";
    private const string Iteration = "iteration";
    private const int Page = 500;

    public static string StreamKey(string projectKey) => $"sourcing/{projectKey}";

    /// <summary>Records the query that found each candidate (a candidate found again keeps its first).</summary>
    public Task RecordFoundAsync(string projectKey, IReadOnlyList<(string CandidateId, string Query)> found, CancellationToken cancellationToken = default) =>
        AppendAsync(projectKey, [.. found.Select(f => (Found, EventJson.Serialize(new FoundRecord(f.CandidateId, f.Query))))], cancellationToken);

    /// <summary>Records candidates whose query was credited in the recruiter's history.</summary>
    public Task RecordCreditedAsync(string projectKey, IEnumerable<string> candidateIds, CancellationToken cancellationToken = default) =>
        AppendAsync(projectKey, [.. candidateIds.Select(id => (Credited, EventJson.Serialize(new CreditedRecord(id))))], cancellationToken);

    /// <summary>Archives iterations of loops that have ended.</summary>
    public Task ArchiveAsync(string projectKey, IEnumerable<SourcingIteration> iterations, CancellationToken cancellationToken = default) =>
        AppendAsync(projectKey, [.. iterations.Select(i => (Iteration, EventJson.Serialize(i)))], cancellationToken);

    /// <summary>Who found whom and who was credited, as recorded so far.</summary>
    public async Task<SourcingLedger> ReadLedgerAsync(string projectKey, CancellationToken cancellationToken = default)
    {
        var foundBy = new Dictionary<string, string>(StringComparer.Ordinal);
        var credited = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var entry in ReadAsync(projectKey, cancellationToken))
        {
            if (entry.Type == Found)
            {
                var record = EventJson.Deserialize<FoundRecord>(entry.Payload);
                foundBy.TryAdd(record.CandidateId, record.Query);
            }
            else if (entry.Type == Credited)
            {
                credited.Add(EventJson.Deserialize<CreditedRecord>(entry.Payload).CandidateId);
            }
        }

        return new SourcingLedger(foundBy, credited);
    }

    /// <summary>The archived iterations, oldest first, one per loop and number.</summary>
    public async Task<IReadOnlyList<SourcingIteration>> ArchivedIterationsAsync(string projectKey, CancellationToken cancellationToken = default)
    {
        var iterations = new Dictionary<(int Loop, int Number), SourcingIteration>();
        await foreach (var entry in ReadAsync(projectKey, cancellationToken))
        {
            if (entry.Type == Iteration)
            {
                var iteration = EventJson.Deserialize<SourcingIteration>(entry.Payload);
                iterations[(iteration.Loop, iteration.Number)] = iteration;
            }
        }

        return [.. iterations.Values.OrderBy(i => i.Loop).ThenBy(i => i.Number)];
    }

    private Task AppendAsync(string projectKey, IReadOnlyList<(string Type, string Payload)> entries, CancellationToken cancellationToken) =>
        entries.Count == 0 ? Task.CompletedTask : store.AppendAsync(StreamKey(projectKey), entries, cancellationToken: cancellationToken);

    private async IAsyncEnumerable<LogEntry> ReadAsync(string projectKey, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        long after = 0;
        while (true)
        {
            var entries = await store.ReadAfterAsync(StreamKey(projectKey), after, Page, cancellationToken);
            foreach (var entry in entries)
            {
                yield return entry;
            }

            if (entries.Count < Page)
            {
                yield break;
            }

            after = entries[^1].Sequence;
        }
    }

    private sealed record FoundRecord(string CandidateId, string Query);

    private sealed record CreditedRecord(string CandidateId);
}
