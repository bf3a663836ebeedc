using System.Threading.Channels;
using Hiring.Storage;
using Npgsql;
using Orleans.Storage;

namespace Hiring.Agents.Cluster;

/// <summary>
/// Group commit for <see cref="PostgresLogStore"/>, as <see cref="SqliteWriter"/> is for the embedded store: appends
/// are queued in call order and applied by one loop, many per transaction (a commit is the costly part), each in
/// its own savepoint so one that fails (a broken sequence promise, a stale grain-state write) rolls back alone and the others commit. Callers
/// are answered after the commit. Before the first append, a batch locks the head row of every stream it touches,
/// in ordinal order: another node's writer waits for those streams until the commit, so sequences stay gapless
/// across processes, and since every writer locks in the same order, no two batches deadlock.
/// </summary>
internal sealed class PostgresLogWriter : IAsyncDisposable
{
    private const int MaxBatch = 256;

    // Creates the heads a batch needs and locks every one, in the order given. DO UPDATE ... WHERE false changes no
    // row but still locks the existing ones (PostgreSQL's INSERT documentation), so a lock costs no new row version.
    private const string LockSql = """
        INSERT INTO hiring_log_streams (stream_key, last_sequence)
        SELECT k, 0 FROM unnest(@keys) WITH ORDINALITY AS s(k, n) ORDER BY n
        ON CONFLICT (stream_key) DO UPDATE SET last_sequence = EXCLUDED.last_sequence WHERE false
        """;

    private readonly Channel<PostgresLogAppend> _queue = Channel.CreateUnbounded<PostgresLogAppend>(new UnboundedChannelOptions { SingleReader = true });
    private readonly NpgsqlDataSource _dataSource;
    private readonly Task _loop;

    public PostgresLogWriter(NpgsqlDataSource dataSource)
    {
        _dataSource = dataSource;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Queues <paramref name="append"/> behind every append queued before it; its task completes at the commit.</summary>
    public Task<IReadOnlyList<long>> AppendAsync(PostgresLogAppend append)
    {
        ObjectDisposedException.ThrowIf(!_queue.Writer.TryWrite(append), this);
        return append.Task;
    }

    /// <summary>Stops taking appends and waits, for a bounded time as the SQLite writer does, for the queued ones to commit.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        // A database gone at shutdown must not make the host's stop throw: its callers' tasks report the failure.
        await Task.WhenAny(_loop, Task.Delay(TimeSpan.FromSeconds(10)));
    }

    private async Task RunAsync()
    {
        var batch = new List<PostgresLogAppend>(MaxBatch);
        var reader = _queue.Reader;
        while (await reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && reader.TryRead(out var next))
            {
                batch.Add(next);
            }

            await CommitAsync(batch);
            batch.Clear();
        }
    }

    private async Task CommitAsync(List<PostgresLogAppend> batch)
    {
        var applied = new List<(PostgresLogAppend Append, IReadOnlyList<long> Sequences)>(batch.Count);
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            await LockAsync(connection, batch);
            var now = DateTimeOffset.UtcNow;
            foreach (var append in batch)
            {
                await transaction.SaveAsync("w");
                try
                {
                    applied.Add((append, await append.ApplyAsync(connection, now)));
                    await transaction.ReleaseAsync("w");
                }
                catch (Exception ex) when (ex is LogSequenceConflictException or InconsistentStateException or PostgresException)
                {
                    // A broken promise, a stale state write or a statement the server refused: the connection still works, so only this append goes.
                    await transaction.RollbackAsync("w");
                    await transaction.ReleaseAsync("w");
                    append.Fail(ex);
                }
            }

            await transaction.CommitAsync();
        }
        catch (Exception ex)
        {
            // The transaction is lost (the connection, the lock or the commit failed): nothing of the batch was written.
            foreach (var append in batch)
            {
                append.Fail(ex);
            }

            return;
        }

        foreach (var (append, sequences) in applied)
        {
            append.Complete(sequences);
        }
    }

    private static async Task LockAsync(NpgsqlConnection connection, List<PostgresLogAppend> batch)
    {
        var keys = batch.SelectMany(a => a.StreamKeys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (keys.Length == 0)
        {
            return;
        }

        await using var command = new NpgsqlCommand(LockSql, connection);
        command.Parameters.AddWithValue("keys", keys);
        await command.ExecuteNonQueryAsync();
    }
}
