using Microsoft.Data.Sqlite;

namespace Hiring.Storage;

/// <summary>
/// The embedded database: one SQLite file in the data folder, WAL mode, schema created on first
/// use. Connections are short-lived and pooled by Microsoft.Data.Sqlite.
/// </summary>
public sealed class SqliteDatabase : IDisposable
{
    // busy_timeout lets concurrent writers (several silos on one file in tests) wait instead of failing.
    // synchronous=NORMAL in WAL mode survives a process crash (the WAL is in the OS cache); only a
    // power loss can drop the last commits. That is the embedded mode's trade-off; cluster mode uses PostgreSQL.
    // secure_delete = FAST overwrites deleted and replaced content on the pages a write already
    // touches, so an erased candidate's words do not linger in the file's free space (at no extra I/O).
    private const string Pragmas = "PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA secure_delete = FAST;";

    private readonly string _connectionString;
    private readonly Lazy<SqliteWriter> _writer;

    public SqliteDatabase(string dataDirectory)
    {
        DataDirectory = Path.GetFullPath(dataDirectory);
        OwnerOnly.SecureFolder(DataDirectory);
        FilePath = Path.Combine(DataDirectory, StorageNames.DatabaseFileName);
        OwnerOnly.EnsureFile(FilePath);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        EnsureSchema();
        _writer = new Lazy<SqliteWriter>(() => new SqliteWriter(Open), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The group-commit writer every grain state write and log append goes through.</summary>
    public SqliteWriter Writer => _writer.Value;

    public void Dispose()
    {
        if (_writer.IsValueCreated)
        {
            _writer.Value.Dispose();
        }
    }

    public string DataDirectory { get; }

    public string FilePath { get; }

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var pragma = connection.CreateCommand();
        pragma.CommandText = Pragmas;
        pragma.ExecuteNonQuery();
        return connection;
    }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = Pragmas;
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    /// <summary>True when the file can be opened and answers a query.</summary>
    public async Task<bool> IsReachableAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM schema_info";
            await command.ExecuteScalarAsync(cancellationToken);
            return true;
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    private void EnsureSchema()
    {
        using var connection = Open();
        using var wal = connection.CreateCommand();
        wal.CommandText = "PRAGMA journal_mode = WAL;";
        wal.ExecuteNonQuery();
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = SqliteSchema.Create;
        command.ExecuteNonQuery();
        transaction.Commit();
    }
}
