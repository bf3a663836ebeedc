using Hiring.Agents.Tests.Support;
using Hiring.Agents.Tests.TestGrains;
using Microsoft.Data.Sqlite;

namespace Hiring.Agents.Tests.Persistence;

[Collection(SqliteClusterCollection.Name)]
public sealed class CorruptStateTests(ClusterFixture fixture)
{
    [Fact]
    public async Task ACorruptRowFailsOnlyThatGrainWithAnErrorNamingTheGrainAndTheRow()
    {
        var broken = fixture.Cluster.Client.GetGrain<ICounterGrain>("broken");
        var healthy = fixture.Cluster.Client.GetGrain<ICounterGrain>("healthy");
        await broken.Set(7);
        await healthy.Set(8);
        var brokenId = broken.GetGrainId().ToString();
        await fixture.Cluster.DeactivateAsync(broken);

        using (var connection = new SqliteConnection($"Data Source={Path.Combine(fixture.DataDirectory, "hiring.db")}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE grain_state SET payload = x'DEADBEEF00' WHERE grain_id = $g";
            command.Parameters.AddWithValue("$g", brokenId);
            Assert.Equal(1, command.ExecuteNonQuery());
        }

        var error = await Assert.ThrowsAnyAsync<Exception>(() => broken.Get());
        var message = Flatten(error);
        Assert.Contains(brokenId, message, StringComparison.Ordinal);
        Assert.Contains("grain_state", message, StringComparison.Ordinal);

        Assert.Equal(8, await healthy.Get());
        await fixture.Cluster.Client.GetGrain<ICounterGrain>("fresh").Set(9);
        Assert.Equal(9, await fixture.Cluster.Client.GetGrain<ICounterGrain>("fresh").Get());
    }

    private static string Flatten(Exception error)
    {
        var parts = new List<string>();
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            parts.Add(e.Message);
        }

        return string.Join(" | ", parts);
    }
}
