using Hiring.Storage;
using Npgsql;

namespace Hiring.Agents.Cluster;

/// <summary>
/// One append queued on <see cref="PostgresLogWriter"/>: its entries, an optional promise about where one stream ends,
/// an optional grain-state write to make with them (<see cref="PostgresGrainStorage"/>), and the caller's task. Applied
/// inside the writer's transaction once the heads of its streams are locked, so the sequences it reads and takes cannot
/// move under it; the state write goes first, so a stale one (which throws) leaves the entries unwritten.
/// </summary>
internal sealed class PostgresLogAppend(
    IReadOnlyList<LogAppend> entries,
    (string StreamKey, long Sequence)? expectedLast,
    Func<NpgsqlConnection, Task>? stateWrite = null)
{
    private const string LastReadableSql =
        $"SELECT COALESCE(max(sequence), 0) FROM hiring_log_entries WHERE stream_key = @k AND type <> '{LogEntry.RedactedType}'";

    // Takes each stream's next sequences in one statement: its head moves on by the number of entries it gets.
    private const string AdvanceSql = """
        UPDATE hiring_log_streams AS h SET last_sequence = h.last_sequence + c.n
        FROM unnest(@keys, @counts) AS c(k, n)
        WHERE h.stream_key = c.k
        RETURNING h.stream_key, h.last_sequence
        """;

    private const string InsertSql = """
        INSERT INTO hiring_log_entries (stream_key, sequence, type, payload, recorded_at)
        SELECT k, q, t, p, @at FROM unnest(@keys, @sequences, @types, @payloads) AS e(k, q, t, p)
        """;

    private readonly TaskCompletionSource<IReadOnlyList<long>> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The sequences of the entries, in order, once committed.</summary>
    public Task<IReadOnlyList<long>> Task => _done.Task;

    /// <summary>Every stream the append reads or writes: the ones whose heads must be locked before it is applied.</summary>
    public IEnumerable<string> StreamKeys => entries.Select(e => e.StreamKey).Concat(expectedLast is { } expected ? [expected.StreamKey] : []);

    /// <summary>
    /// Writes the state, checks the promise, then inserts the entries; returns their sequences. Throws on a stale state
    /// write or a broken promise, and the writer then rolls back what this append wrote.
    /// </summary>
    public async Task<IReadOnlyList<long>> ApplyAsync(NpgsqlConnection connection, DateTimeOffset now)
    {
        if (stateWrite is not null)
        {
            await stateWrite(connection);
        }

        if (expectedLast is var (streamKey, expected))
        {
            await using var check = new NpgsqlCommand(LastReadableSql, connection);
            check.Parameters.AddWithValue("k", streamKey);
            var readable = (long)(await check.ExecuteScalarAsync())!;
            if (readable != expected)
            {
                throw new LogSequenceConflictException(streamKey, expected, readable);
            }
        }

        if (entries.Count == 0)
        {
            return [];
        }

        var next = await AdvanceAsync(connection);
        var sequences = new long[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            sequences[i] = next[entries[i].StreamKey]++;
        }

        await using var insert = new NpgsqlCommand(InsertSql, connection);
        insert.Parameters.AddWithValue("keys", entries.Select(e => e.StreamKey).ToArray());
        insert.Parameters.AddWithValue("sequences", sequences);
        insert.Parameters.AddWithValue("types", entries.Select(e => e.Type).ToArray());
        insert.Parameters.AddWithValue("payloads", entries.Select(e => e.Payload).ToArray());
        insert.Parameters.AddWithValue("at", now);
        await insert.ExecuteNonQueryAsync();
        return sequences;
    }

    /// <summary>Moves each stream's head past its entries; returns the first sequence each stream's entries take.</summary>
    private async Task<Dictionary<string, long>> AdvanceAsync(NpgsqlConnection connection)
    {
        var counts = entries.CountBy(e => e.StreamKey, StringComparer.Ordinal).ToArray();
        await using var advance = new NpgsqlCommand(AdvanceSql, connection);
        advance.Parameters.AddWithValue("keys", counts.Select(c => c.Key).ToArray());
        advance.Parameters.AddWithValue("counts", counts.Select(c => c.Value).ToArray());
        var added = counts.ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
        var next = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var reader = await advance.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var streamKey = reader.GetString(0);
            next[streamKey] = reader.GetInt64(1) - added[streamKey] + 1;
        }

        return next;
    }

    public void Complete(IReadOnlyList<long> sequences) => _done.TrySetResult(sequences);

    public void Fail(Exception error) => _done.TrySetException(error);
}
