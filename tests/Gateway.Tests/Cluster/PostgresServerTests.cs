using Npgsql;

namespace Hiring.Gateway.Tests.Cluster;

public sealed class PostgresServerTests
{
    [Fact]
    public async Task AThrowawayServerServesItsOwnDatabaseAndLeavesNothingBehind()
    {
        string folder;
        await using (var server = await PostgresServer.StartAsync("throwaway"))
        {
            await using var connection = new NpgsqlConnection(server.ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT current_database()", connection);
            Assert.Equal("throwaway", await command.ExecuteScalarAsync());
            folder = server.Folder;
            Assert.True(Directory.Exists(folder));
        }

        Assert.False(Directory.Exists(folder));
    }
}
