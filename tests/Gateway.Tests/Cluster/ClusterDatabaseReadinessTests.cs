using Hiring.Agents.Cluster;
using Hiring.Gateway.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Hiring.Gateway.Tests.Cluster;

/// <summary>/readyz in cluster mode: a node whose PostgreSQL is unmigrated or gone says so and takes no traffic.</summary>
public sealed class ClusterDatabaseReadinessTests
{
    [Fact]
    public async Task ReadyOnlyWhileThePostgresAnswersWithTheSchemaAndEachProblemIsNamed()
    {
        string connectionString;
        await using (var server = await PostgresServer.StartAsync("readiness"))
        {
            connectionString = server.ConnectionString;
            var check = new ClusterDatabaseReadinessCheck(new ClusterSettings(ClusterProvider.Postgres, connectionString));

            var unmigrated = await check.CheckHealthAsync(new HealthCheckContext());
            Assert.Equal(HealthStatus.Unhealthy, unmigrated.Status);
            Assert.Contains("run `hiring db migrate`", unmigrated.Description, StringComparison.Ordinal);

            await PostgresSchema.MigrateAsync(connectionString);
            Assert.Equal(HealthStatus.Healthy, (await check.CheckHealthAsync(new HealthCheckContext())).Status);
        }

        var gone = await new ClusterDatabaseReadinessCheck(new ClusterSettings(ClusterProvider.Postgres, connectionString)).CheckHealthAsync(new HealthCheckContext());
        Assert.Equal(HealthStatus.Unhealthy, gone.Status);
        Assert.StartsWith("postgres: PostgreSQL does not answer", gone.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADatabaseMigratedBeforeTheLogStoreMovedThereIsNotReady()
    {
        await using var server = await PostgresServer.StartAsync("logless");
        await PostgresSchema.MigrateAsync(server.ConnectionString);
        await using (var connection = new NpgsqlConnection(server.ConnectionString))
        {
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand("DROP TABLE hiring_log_entries", connection);
            await drop.ExecuteNonQueryAsync();
        }

        var check = new ClusterDatabaseReadinessCheck(new ClusterSettings(ClusterProvider.Postgres, server.ConnectionString));
        var result = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Contains("run `hiring db migrate`", result.Description, StringComparison.Ordinal);
    }
}
