using Xunit.Abstractions;
using Hiring.Agents.Cluster;

namespace Hiring.Gateway.Tests.Cluster;

/// <summary>
/// What every multi-process cluster test shares: its own throwaway PostgreSQL with the schema migrated, the time
/// a node may take to start, and a log of how far the test got.
/// </summary>
public abstract class ClusterNodesTest(ITestOutputHelper output) : IAsyncLifetime
{
    // Generous for a loaded 2-core machine; each wait ends as soon as its condition holds.
    protected static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(150);

    protected PostgresServer Postgres { get; private set; } = null!;

    protected ITestOutputHelper Output { get; } = output;

    public async Task InitializeAsync()
    {
        Postgres = await PostgresServer.StartAsync();
        await PostgresSchema.MigrateAsync(Postgres.ConnectionString);
        Phase("postgres started and migrated");
    }

    public async Task DisposeAsync() => await Postgres.DisposeAsync();

    /// <summary>How far the test got, in its output, for a failure's reader.</summary>
    protected void Phase(string what) => Output.WriteLine($"{DateTimeOffset.UtcNow:HH:mm:ss} {what}");
}
