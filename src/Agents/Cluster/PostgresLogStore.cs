using Hiring.Storage;
using Npgsql;

namespace Hiring.Agents.Cluster;

/// <summary>
/// The append-only log store of cluster mode, on the PostgreSQL every node shares (log-postgres.sql): a grain that
/// moves to another silo finds its events and ledgers there. Appends go through this process's one queue
/// (<see cref="PostgresLogWriter"/>), which keeps call order; each stream's locked head row keeps sequences gapless
/// when several nodes append to it.
/// </summary>
public sealed class PostgresLogStore : ILogStore, IAsyncDisposable, IDisposable
{
    private const string LastSequenceSql = "SELECT COALESCE((SELECT last_sequence FROM hiring_log_streams WHERE stream_key = @k), 0)";

    private const string RedactSql =
        "UPDATE hiring_log_entries SET type = @t, payload = '' WHERE stream_key = @k AND sequence = ANY(@q) AND type <> @t";

    // Heads at 0 were locked for an append that wrote nothing; starts_with takes the prefix literally (no LIKE wildcards),
    // the range lets the primary key find it, and the key's "C" collation makes the order ordinal.
    private const string StreamKeysSql =
        "SELECT stream_key FROM hiring_log_streams WHERE last_sequence > 0 AND stream_key >= @p AND starts_with(stream_key, @p) ORDER BY stream_key";

    private readonly NpgsqlDataSource _dataSource;
    private readonly PostgresLogWriter _writer;
    private readonly LogPages _pages;

    public PostgresLogStore(string connectionString)
    {
        _dataSource = NpgsqlDataSource.Create(connectionString);
        _writer = new PostgresLogWriter(_dataSource);
        _pages = new LogPages("hiring_log_entries", async cancellationToken => await _dataSource.OpenConnectionAsync(cancellationToken), reader => reader.GetFieldValue<DateTimeOffset>(3));
    }

    public Task<long> AppendAsync(string streamKey, string type, string payload, CancellationToken cancellationToken = default) =>
        AppendAsync(streamKey, [(type, payload)], null, cancellationToken);

    public async Task<long> AppendAsync(
        string streamKey,
        IReadOnlyList<(string Type, string Payload)> entries,
        long? expectedLastSequence = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(streamKey);
        var append = new PostgresLogAppend(
            [.. entries.Select(e => new LogAppend(streamKey, e.Type, e.Payload))],
            expectedLastSequence is { } expected ? (streamKey, expected) : null);
        var sequences = await _writer.AppendAsync(append);
        return sequences.Count > 0 ? sequences[^1] : await LastSequenceAsync(streamKey, cancellationToken);
    }

    public Task<IReadOnlyList<long>> AppendAsync(IReadOnlyList<LogAppend> entries, CancellationToken cancellationToken = default)
    {
        foreach (var entry in entries)
        {
            ArgumentException.ThrowIfNullOrEmpty(entry.StreamKey);
        }

        return _writer.AppendAsync(new PostgresLogAppend(entries, null));
    }

    /// <summary>
    /// Queues an append that writes a grain state along with its entries (<see cref="PostgresGrainStorage"/>): on this
    /// store's one queue, so it commits in order with this node's other appends, as the event log relies on.
    /// </summary>
    internal Task<IReadOnlyList<long>> AppendAsync(PostgresLogAppend append) => _writer.AppendAsync(append);

    /// <summary>The store's connections, shared with <see cref="PostgresGrainStorage"/>'s reads.</summary>
    internal NpgsqlDataSource DataSource => _dataSource;

    public Task<IReadOnlyList<LogEntry>> ReadAfterAsync(string streamKey, long afterSequence, int max, CancellationToken cancellationToken = default) =>
        _pages.ReadAfterAsync(streamKey, afterSequence, max, cancellationToken);

    public Task<IReadOnlyList<LogEntry>> ReadBeforeAsync(string streamKey, long beforeSequence, int max, CancellationToken cancellationToken = default) =>
        _pages.ReadBeforeAsync(streamKey, beforeSequence, max, cancellationToken);

    public async Task<long> LastSequenceAsync(string streamKey, CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand(LastSequenceSql);
        command.Parameters.AddWithValue("k", streamKey);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task<int> RedactAsync(string streamKey, IReadOnlyCollection<long> sequences, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(streamKey);
        if (sequences.Count == 0)
        {
            return 0;
        }

        // One statement is one transaction; appends never touch a stored entry, so this need not wait for the writer.
        await using var command = _dataSource.CreateCommand(RedactSql);
        command.Parameters.AddWithValue("k", streamKey);
        command.Parameters.AddWithValue("t", LogEntry.RedactedType);
        command.Parameters.AddWithValue("q", sequences.ToArray());
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<string>> StreamKeysAsync(string prefix, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        await using var command = _dataSource.CreateCommand(StreamKeysSql);
        command.Parameters.AddWithValue("p", prefix);
        var keys = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }

    /// <summary>Lets the queued appends commit, then closes the connections.</summary>
    public async ValueTask DisposeAsync()
    {
        await _writer.DisposeAsync();
        await _dataSource.DisposeAsync();
    }

    // A container disposed synchronously (a test's `using`) needs this; the writer's loop runs on the thread pool, so waiting cannot deadlock.
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();
}
