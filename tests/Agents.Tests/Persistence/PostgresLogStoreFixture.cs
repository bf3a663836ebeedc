using System.Data.Common;
using Hiring.Agents.Cluster;
using Npgsql;

namespace Hiring.Agents.Tests.Persistence;

/// <summary>One throwaway PostgreSQL server for a test class; each test takes its own migrated database on it.</summary>
public sealed class PostgresLogStoreFixture : IAsyncLifetime
{
    private PostgresServer _server = null!;
    private int _databases;

    public async Task InitializeAsync() => _server = await PostgresServer.StartAsync();

    /// <summary>
    /// A new database with the cluster schema, whose own collation is a language's (en-US), not code-point order, so
    /// the ordinal order the store promises is its own doing.
    /// </summary>
    public async Task<string> NewDatabaseAsync()
    {
        var connectionString = await _server.CreateDatabaseAsync($"logs{Interlocked.Increment(ref _databases)}", icuLocale: "en-US");
        await PostgresSchema.MigrateAsync(connectionString);
        return connectionString;
    }

    /// <summary>An open connection to a test's database, to look at the rows themselves.</summary>
    public static async Task<DbConnection> ConnectAsync(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();
}
