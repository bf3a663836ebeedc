using System.Globalization;
using Hiring.Storage;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace Hiring.Gateway.Cli;

/// <summary>
/// The copies of <see cref="PostgresMove"/>, each from the SQLite snapshot into the open PostgreSQL transaction with
/// binary COPY (a folder may hold millions of log entries). Rows keep what the cluster's stores read: grain state its
/// bytes, type tag and ETag; log entries their sequences, types, payloads and times, redacted ones included.
/// </summary>
internal sealed class PostgresMoveCopy(SqliteConnection source, NpgsqlConnection target, CancellationToken cancellationToken)
{
    private const string HeadsSql = "INSERT INTO hiring_log_streams (stream_key, last_sequence) SELECT * FROM unnest(@keys, @lasts)";

    /// <summary>Copies every grain_state row unchanged; returns how many.</summary>
    public async Task<long> GrainStateAsync()
    {
        using var rows = Read("SELECT grain_id, state_name, type_name, type_version, etag, payload, updated_at FROM grain_state");
        await using var copy = await target.BeginBinaryImportAsync(
            "COPY hiring_grain_state (grain_id, state_name, type_name, type_version, etag, payload, updated_at) FROM STDIN (FORMAT BINARY)", cancellationToken);
        long count = 0;
        while (rows.Read())
        {
            await copy.StartRowAsync(cancellationToken);
            for (var text = 0; text < 3; text++)
            {
                await copy.WriteAsync(rows.GetString(text), NpgsqlDbType.Text, cancellationToken);
            }

            await copy.WriteAsync(rows.GetInt32(3), NpgsqlDbType.Integer, cancellationToken);
            await copy.WriteAsync(rows.GetString(4), NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync((byte[])rows.GetValue(5), NpgsqlDbType.Bytea, cancellationToken);
            await copy.WriteAsync(Instant(rows.GetString(6)), NpgsqlDbType.TimestampTz, cancellationToken);
            count++;
        }

        await copy.CompleteAsync(cancellationToken);
        return count;
    }

    /// <summary>
    /// Copies every log entry as stored, then sets each stream's head to its last sequence (redacted entries count: they
    /// keep their place), so the cluster's next append to a stream takes the sequence after it.
    /// </summary>
    public async Task<(long Entries, long Streams, long Redacted)> LogEntriesAsync()
    {
        var heads = new Dictionary<string, long>(StringComparer.Ordinal);
        long entries = 0, redacted = 0;
        using (var rows = Read("SELECT stream_key, sequence, type, payload, recorded_at FROM log_entries"))
        await using (var copy = await target.BeginBinaryImportAsync(
            "COPY hiring_log_entries (stream_key, sequence, type, payload, recorded_at) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            while (rows.Read())
            {
                var (streamKey, sequence, type) = (rows.GetString(0), rows.GetInt64(1), rows.GetString(2));
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(streamKey, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(sequence, NpgsqlDbType.Bigint, cancellationToken);
                await copy.WriteAsync(type, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(rows.GetString(3), NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(Instant(rows.GetString(4)), NpgsqlDbType.TimestampTz, cancellationToken);
                heads[streamKey] = Math.Max(heads.GetValueOrDefault(streamKey), sequence);
                entries++;
                redacted += type == LogEntry.RedactedType ? 1 : 0;
            }

            await copy.CompleteAsync(cancellationToken);
        }

        await using var insertHeads = new NpgsqlCommand(HeadsSql, target);
        insertHeads.Parameters.AddWithValue("keys", heads.Keys.ToArray());
        insertHeads.Parameters.AddWithValue("lasts", heads.Values.ToArray());
        await insertHeads.ExecuteNonQueryAsync(cancellationToken);
        return (entries, heads.Count, redacted);
    }

    /// <summary>
    /// Copies the reminders into Orleans' ADO.NET table under the cluster's <paramref name="serviceId"/>, in its units:
    /// the period in milliseconds, the ring hash recomputed as Orleans does and stored as the provider sends it (a
    /// signed int), version 0 as a first upsert leaves it. A folder whose reminders belong to several services is
    /// refused: they would collide under one id.
    /// </summary>
    public async Task<long> RemindersAsync(string serviceId)
    {
        if (Count(source, "reminders", "DISTINCT service_id") > 1)
        {
            throw new MoveException("the folder holds reminders of several service ids; a move takes one service's reminders. Nothing was written.");
        }

        using var rows = Read("SELECT grain_id, reminder_name, start_at, period_ticks FROM reminders");
        await using var copy = await target.BeginBinaryImportAsync(
            "COPY OrleansRemindersTable (ServiceId, GrainId, ReminderName, StartTime, Period, GrainHash, Version) FROM STDIN (FORMAT BINARY)", cancellationToken);
        long count = 0;
        while (rows.Read())
        {
            var grainId = GrainId.Parse(rows.GetString(0), CultureInfo.InvariantCulture);
            await copy.StartRowAsync(cancellationToken);
            await copy.WriteAsync(serviceId, NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(grainId.ToString(), NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(rows.GetString(1), NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(Instant(rows.GetString(2)), NpgsqlDbType.TimestampTz, cancellationToken);
            await copy.WriteAsync((long)TimeSpan.FromTicks(rows.GetInt64(3)).TotalMilliseconds, NpgsqlDbType.Bigint, cancellationToken);
            await copy.WriteAsync(unchecked((int)grainId.GetUniformHashCode()), NpgsqlDbType.Integer, cancellationToken);
            await copy.WriteAsync(0, NpgsqlDbType.Integer, cancellationToken);
            count++;
        }

        await copy.CompleteAsync(cancellationToken);
        return count;
    }

    /// <summary>How many rows (or distinct values of <paramref name="what"/>) a table holds; null when the folder never created it.</summary>
    public static long? Count(SqliteConnection connection, string table, string what = "*")
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT CASE WHEN EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = '{table}') THEN 1 END";
        if (command.ExecuteScalar() is DBNull or null)
        {
            return null;
        }

        command.CommandText = $"SELECT count({what}) FROM {table}";
        return (long)command.ExecuteScalar()!;
    }

    private SqliteDataReader Read(string sql) => Read(source, sql);

    // The command is left to the reader: disposing it would finalize the statement the reader steps through.
    // CreateCommand enlists it in the snapshot's transaction.
    internal static SqliteDataReader Read(SqliteConnection source, string sql)
    {
        var command = source.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteReader();
    }

    /// <summary>SQLite keeps instants as round-trip text; PostgreSQL's timestamptz wants them in UTC.</summary>
    private static DateTime Instant(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind).UtcDateTime;
}
