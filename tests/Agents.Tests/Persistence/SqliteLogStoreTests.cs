using System.Data.Common;
using Hiring.Storage;
using Microsoft.Data.Sqlite;

namespace Hiring.Agents.Tests.Persistence;

/// <summary>The log store contract on the embedded SQLite file, one data folder per test.</summary>
public sealed class SqliteLogStoreTests : LogStoreContractTests, IDisposable
{
    private readonly TempDataDirectory _data = new();
    private readonly List<SqliteDatabase> _databases = [];

    protected override Type RefusedEntryError => typeof(SqliteException);

    protected override ILogStore Open() => new SqliteLogStore(OpenDatabase());

    protected override ILogStore Reopen()
    {
        SqliteConnection.ClearAllPools();
        return Open();
    }

    protected override string EntriesTable => "log_entries";

    protected override async Task<DbConnection> ConnectAsync() => await OpenDatabase().OpenAsync();

    private SqliteDatabase OpenDatabase()
    {
        var database = new SqliteDatabase(_data.Path);
        _databases.Add(database);
        return database;
    }

    public void Dispose()
    {
        foreach (var database in _databases)
        {
            database.Dispose();
        }

        SqliteConnection.ClearAllPools();
        _data.Dispose();
    }
}
