using System.Data.Common;

namespace Hiring.Storage;

/// <summary>
/// Reads pages of log entries for a log store. The embedded and the cluster store keep entries in tables of the same
/// columns and answer reads with the same query, so both read through here, each with its own connections, table and
/// way of reading a stored time.
/// </summary>
/// <param name="table">The store's entries table.</param>
/// <param name="open">Opens a connection to the store's database.</param>
/// <param name="recordedAt">Reads the <c>recorded_at</c> column (the fourth) of the current row.</param>
internal sealed class LogPages(string table, Func<CancellationToken, Task<DbConnection>> open, Func<DbDataReader, DateTimeOffset> recordedAt)
{
    /// <inheritdoc cref="ILogStore.ReadAfterAsync"/>
    public Task<IReadOnlyList<LogEntry>> ReadAfterAsync(string streamKey, long afterSequence, int max, CancellationToken cancellationToken) =>
        ReadAsync(streamKey, "sequence > @s ORDER BY sequence", afterSequence, max, cancellationToken);

    /// <inheritdoc cref="ILogStore.ReadBeforeAsync"/>
    public async Task<IReadOnlyList<LogEntry>> ReadBeforeAsync(string streamKey, long beforeSequence, int max, CancellationToken cancellationToken)
    {
        var newestFirst = await ReadAsync(streamKey, "sequence < @s ORDER BY sequence DESC", beforeSequence, max, cancellationToken);
        return [.. newestFirst.Reverse()];
    }

    private async Task<IReadOnlyList<LogEntry>> ReadAsync(string streamKey, string condition, long sequence, int max, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        await using var connection = await open(cancellationToken);
        await using var command = connection.CreateCommand();
        // Redacted entries are skipped inside the query, so a page is still full until the stream's end.
        command.CommandText = $"SELECT sequence, type, payload, recorded_at FROM {table} WHERE stream_key = @k AND type <> '{LogEntry.RedactedType}' AND {condition} LIMIT @m";
        Add(command, "@k", streamKey);
        Add(command, "@s", sequence);
        Add(command, "@m", max);
        var result = new List<LogEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(new LogEntry(streamKey, reader.GetInt64(0), reader.GetString(1), reader.GetString(2), recordedAt(reader)));
        }

        return result;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
