using Hiring.Agents.Cluster;
using Hiring.Gateway.Tests.Support;
using Npgsql;

namespace Hiring.Gateway.Tests.Cli;

[Collection(ConsoleCollection.Name)]
public sealed class DbMigrateCommandTests : IAsyncLifetime
{
    private PostgresServer _postgres = null!;

    public async Task InitializeAsync() => _postgres = await PostgresServer.StartAsync();

    public async Task DisposeAsync() => await _postgres.DisposeAsync();

    [Fact]
    public async Task DbMigrateCreatesTheClusterSchemaAndRunningItAgainChangesNothing()
    {
        var (first, output) = await ConsoleCapture.RunAsync(["db", "migrate", "--connection", _postgres.ConnectionString]);
        Assert.True(first == 0, output);
        Assert.Contains("migrated:", output, StringComparison.Ordinal);
        var queries = await CountAsync("SELECT count(*) FROM OrleansQuery");

        var (second, again) = await ConsoleCapture.RunAsync(["db", "migrate", "--connection", _postgres.ConnectionString]);

        Assert.True(second == 0, again);
        Assert.Equal(queries, await CountAsync("SELECT count(*) FROM OrleansQuery"));
        foreach (var table in PostgresSchema.Tables)
        {
            Assert.Equal(1, await CountAsync($"SELECT count(*) FROM information_schema.tables WHERE table_name = '{table}'"));
        }
    }

    [Fact]
    public async Task DbMigrateWithoutAConnectionStringSaysWhatIsMissing()
    {
        var (exit, output) = await ConsoleCapture.RunAsync(["db", "migrate"]);

        Assert.Equal(2, exit);
        Assert.Contains(ClusterSettings.ConnectionStringKey, output, StringComparison.Ordinal);
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_postgres.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
