using System.Data.Common;
using Hiring.Agents.Persistence;
using Hiring.Agents.Tests.Support;
using Hiring.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.Storage;

namespace Hiring.Agents.Tests.Persistence;

/// <summary>The grain storage contract on the embedded SQLite file.</summary>
public sealed class SqliteGrainStorageTests : GrainStorageContractTests, IDisposable
{
    private readonly TempDataDirectory _data = new();
    private readonly SqliteDatabase _database;

    public SqliteGrainStorageTests() => _database = new SqliteDatabase(_data.Path);

    protected override string StateTable => "grain_state";

    protected override IGrainStorage Open(params IStateUpgrader[] upgraders) =>
        new SqliteGrainStorage(_database, SerializerFactory.Create(), upgraders, NullLogger<SqliteGrainStorage>.Instance);

    protected override ILogStore OpenLogs() => new SqliteLogStore(_database);

    protected override async Task<DbConnection> ConnectAsync() => await _database.OpenAsync();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _data.Dispose();
    }
}
