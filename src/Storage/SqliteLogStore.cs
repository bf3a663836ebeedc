using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Hiring.Storage;

/// <summary>The append-only log store on the embedded SQLite file.</summary>
public sealed class SqliteLogStore(SqliteDatabase database) : ILogStore
{
    private readonly LogPages _pages = new(
        "log_entries",
        async cancellationToken => await database.OpenAsync(cancellationToken),
        reader => DateTimeOffset.Parse(reader.GetString(3), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind));

    public Task<long> AppendAsync(string streamKey, string type, string payload, CancellationToken cancellationToken = default) =>
        AppendAsync(streamKey, [(type, payload)], null, cancellationToken);

    public Task<long> AppendAsync(
        string streamKey,
        IReadOnlyList<(string Type, string Payload)> entries,
        long? expectedLastSequence = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(streamKey);
        var now = Now();
        // The group writer is this process's only writer, so reading the last sequence and appending cannot interleave with another append.
        return database.Writer.WriteAsync(statements =>
        {
            if (expectedLastSequence is { } expected)
            {
                // A promise about the stream's end is checked against the file itself, not the writer's hint,
                // and names the last entry a reader could see: redacted ones after it are no news to it.
                statements.Sequences.Forget(streamKey);
                var readable = (long)SqliteStatements.Bind(statements.Statement(LastReadableSql), "$k", streamKey).ExecuteScalar()!;
                if (expected != readable)
                {
                    throw new LogSequenceConflictException(streamKey, expected, readable);
                }
            }

            var last = entries.Count == 0 ? LastSequence(statements, streamKey) : 0;
            foreach (var (type, payload) in entries)
            {
                last = Append(statements, streamKey, type, payload, now);
            }

            return last;
        });
    }

    public Task<IReadOnlyList<long>> AppendAsync(IReadOnlyList<LogAppend> entries, CancellationToken cancellationToken = default)
    {
        foreach (var entry in entries)
        {
            ArgumentException.ThrowIfNullOrEmpty(entry.StreamKey);
        }

        // One write is one savepoint: a failure leaves none of the entries behind.
        return database.Writer.WriteAsync(statements => AppendIn(statements, entries));
    }

    /// <summary>
    /// Appends <paramref name="entries"/> inside a write already running on the group writer, so they
    /// commit or roll back with whatever else that write does; returns their sequences in order.
    /// </summary>
    public static IReadOnlyList<long> AppendIn(SqliteStatements statements, IReadOnlyList<LogAppend> entries)
    {
        var now = Now();
        var sequences = new long[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            var (streamKey, type, payload) = entries[i];
            ArgumentException.ThrowIfNullOrEmpty(streamKey);
            sequences[i] = Append(statements, streamKey, type, payload, now);
        }

        return sequences;
    }

    /// <summary>Inserts the entry as the stream's next and returns its sequence.</summary>
    private static long Append(SqliteStatements statements, string streamKey, string type, string payload, string now)
    {
        var sequences = statements.Sequences;
        var sequence = LastSequence(statements, streamKey) + 1;
        try
        {
            Insert(statements, streamKey, sequence, type, payload, now);
        }
        catch (SqliteException ex) when (ex.SqliteExtendedErrorCode == PrimaryKeyConflict)
        {
            // Another writer on the same file (a second silo) appended to the stream since this one last did.
            sequences.Forget(streamKey);
            sequence = LastSequence(statements, streamKey) + 1;
            Insert(statements, streamKey, sequence, type, payload, now);
        }

        sequences.Set(streamKey, sequence);
        return sequence;
    }

    private static long LastSequence(SqliteStatements statements, string streamKey) =>
        statements.Sequences.TryGet(streamKey, out var last)
            ? last
            : (long)SqliteStatements.Bind(statements.Statement(LastSequenceSql), "$k", streamKey).ExecuteScalar()!;

    private static void Insert(SqliteStatements statements, string streamKey, long sequence, string type, string payload, string now)
    {
        var insert = statements.Statement(InsertSql);
        SqliteStatements.Bind(insert, "$k", streamKey);
        SqliteStatements.Bind(insert, "$q", sequence);
        SqliteStatements.Bind(insert, "$t", type);
        SqliteStatements.Bind(insert, "$p", payload);
        SqliteStatements.Bind(insert, "$r", now);
        insert.ExecuteNonQuery();
    }

    private static string Now() => DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);

    public Task<IReadOnlyList<LogEntry>> ReadAfterAsync(string streamKey, long afterSequence, int max, CancellationToken cancellationToken = default) =>
        _pages.ReadAfterAsync(streamKey, afterSequence, max, cancellationToken);

    public Task<IReadOnlyList<LogEntry>> ReadBeforeAsync(string streamKey, long beforeSequence, int max, CancellationToken cancellationToken = default) =>
        _pages.ReadBeforeAsync(streamKey, beforeSequence, max, cancellationToken);

    public async Task<long> LastSequenceAsync(string streamKey, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = LastSequenceSql;
        command.Parameters.AddWithValue("$k", streamKey);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public Task<int> RedactAsync(string streamKey, IReadOnlyCollection<long> sequences, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(streamKey);
        if (sequences.Count == 0)
        {
            return Task.FromResult(0);
        }

        return database.Writer.WriteAsync(statements =>
        {
            var redact = statements.Statement(RedactSql);
            SqliteStatements.Bind(redact, "$k", streamKey);
            SqliteStatements.Bind(redact, "$t", LogEntry.RedactedType);
            var redacted = 0;
            foreach (var sequence in sequences.Distinct())
            {
                SqliteStatements.Bind(redact, "$q", sequence);
                redacted += redact.ExecuteNonQuery();
            }

            return redacted;
        });
    }

    public async Task<IReadOnlyList<string>> StreamKeysAsync(string prefix, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // A range on the primary key (U+10FFFF sorts after every character), so only the prefix's streams are read.
        command.CommandText = "SELECT DISTINCT stream_key FROM log_entries WHERE stream_key >= $p AND stream_key < $p || char(1114111) ORDER BY stream_key";
        command.Parameters.AddWithValue("$p", prefix);
        var keys = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }

    private const string RedactSql = "UPDATE log_entries SET type = $t, payload = '' WHERE stream_key = $k AND sequence = $q AND type <> $t";

    private const string LastReadableSql = $"SELECT COALESCE(MAX(sequence), 0) FROM log_entries WHERE stream_key = $k AND type <> '{LogEntry.RedactedType}'";

    private const string LastSequenceSql = "SELECT COALESCE(MAX(sequence), 0) FROM log_entries WHERE stream_key = $k";

    // SQLITE_CONSTRAINT_PRIMARYKEY: the (stream_key, sequence) pair is taken.
    private const int PrimaryKeyConflict = 1555;

    private const string InsertSql = "INSERT INTO log_entries (stream_key, sequence, type, payload, recorded_at) VALUES ($k, $q, $t, $p, $r)";
}
