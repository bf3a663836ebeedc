using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace Hiring.Storage;

/// <summary>
/// Group commit for the embedded database. SQLite has one writer at a time and every commit costs
/// a WAL append, so writes from all grains are queued and applied by one thread, many per
/// transaction. Each write runs inside its own savepoint: one that fails (for example a stale
/// ETag) rolls back alone and reports to its caller; the others commit. Callers are answered only
/// after the commit, so an acknowledged write is durable. Statements are prepared once on the
/// writer's connection and reused (<see cref="SqliteStatements"/>).
/// </summary>
public sealed class SqliteWriter : IDisposable
{
    private const int MaxBatch = 512;
    private readonly Channel<IWrite> _queue = Channel.CreateUnbounded<IWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Func<SqliteConnection> _open;
    private readonly Thread _thread;
    private long _writes;
    private long _commits;

    public SqliteWriter(Func<SqliteConnection> open)
    {
        _open = open;
        _thread = new Thread(Run) { IsBackground = true, Name = "hiring-sqlite-writer" };
        _thread.Start();
    }

    private interface IWrite
    {
        void Apply(SqliteStatements statements);

        void Complete();

        void Fail(Exception error);
    }

    /// <summary>Runs <paramref name="write"/> in the next group transaction and returns its result once committed.</summary>
    public Task<T> WriteAsync<T>(Func<SqliteStatements, T> write)
    {
        var item = new Write<T>(write);
        ObjectDisposedException.ThrowIf(!_queue.Writer.TryWrite(item), this);
        return item.Task;
    }

    /// <summary>Writes committed so far: what a unit of work costs in durable writes (each one a wait for a group commit).</summary>
    public long Writes => Interlocked.Read(ref _writes);

    /// <summary>Group transactions committed so far.</summary>
    public long Commits => Interlocked.Read(ref _commits);

    public void Dispose()
    {
        _queue.Writer.TryComplete();
        _thread.Join(TimeSpan.FromSeconds(10));
    }

    private void Run()
    {
        using var connection = _open();
        using var statements = new SqliteStatements(connection);
        var batch = new List<IWrite>(MaxBatch);
        var reader = _queue.Reader;
        while (reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            while (batch.Count < MaxBatch && reader.TryRead(out var next))
            {
                batch.Add(next);
            }

            Commit(connection, statements, batch);
            batch.Clear();
        }
    }

    private void Commit(SqliteConnection connection, SqliteStatements statements, List<IWrite> batch)
    {
        var applied = new List<IWrite>(batch.Count);
        try
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            statements.Transaction = transaction;
            foreach (var write in batch)
            {
                // Savepoints through prepared statements too: SqliteTransaction.Save builds a new command each time.
                statements.Execute("SAVEPOINT w");
                try
                {
                    write.Apply(statements);
                    statements.Execute("RELEASE w");
                    statements.Sequences.EndWrite(kept: true);
                    applied.Add(write);
                }
                catch (Exception ex)
                {
                    statements.Sequences.EndWrite(kept: false);
                    statements.Execute("ROLLBACK TO w");
                    statements.Execute("RELEASE w");
                    write.Fail(ex);
                }
            }

            transaction.Commit();
            statements.Sequences.EndTransaction(committed: true);
            Interlocked.Add(ref _writes, applied.Count);
            Interlocked.Increment(ref _commits);
        }
        catch (Exception ex)
        {
            statements.Sequences.EndTransaction(committed: false);
            foreach (var write in applied)
            {
                write.Fail(ex);
            }

            return;
        }

        foreach (var write in applied)
        {
            write.Complete();
        }
    }

    private sealed class Write<T>(Func<SqliteStatements, T> write) : IWrite
    {
        private readonly TaskCompletionSource<T> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T _result = default!;

        public Task<T> Task => _done.Task;

        public void Apply(SqliteStatements statements) => _result = write(statements);

        public void Complete() => _done.TrySetResult(_result);

        public void Fail(Exception error) => _done.TrySetException(error);
    }
}
