using Hiring.Agents.Cluster;
using Hiring.Gateway.Hosting;
using Hiring.Agents.Streaming;
using Hiring.Storage;
using Orleans.Storage;

namespace Hiring.Gateway.Tests.Cluster;

/// <summary>
/// Cluster mode keeps the append-only logs and the grain state in the PostgreSQL every node shares, not in the node's
/// SQLite file, and writes both through one store so a state change and its events commit together.
/// </summary>
public sealed class ClusterLogStoreTests
{
    [Fact]
    public async Task AClusterNodeAppendsItsLogsWhereAnotherNodeReadsThem()
    {
        await using var postgres = await PostgresServer.StartAsync("logs");
        await PostgresSchema.MigrateAsync(postgres.ConnectionString);
        using var data = new TempDataDirectory();
        await using var app = GatewayApp.Build([], new Dictionary<string, string?>
        {
            [HiringSettings.DataDir] = data.Path,
            [ClusterSettings.ProviderKey] = nameof(ClusterProvider.Postgres),
            [ClusterSettings.ConnectionStringKey] = postgres.ConnectionString,
        });

        var store = app.Services.GetRequiredService<ILogStore>();
        Assert.IsType<PostgresLogStore>(store);
        Assert.IsType<PostgresGrainStorage>(app.Services.GetRequiredKeyedService<IGrainStorage>(StorageNames.Hiring));
        Assert.IsType<PostgresGrainStorage>(app.Services.GetRequiredKeyedService<IGrainStorage>(AssistantStreams.PubSubStore));
        await store.AppendAsync("events/acme/ana", "note", "{}");

        await using var otherNode = new PostgresLogStore(postgres.ConnectionString);
        Assert.Equal(1, await otherNode.LastSequenceAsync("events/acme/ana"));
    }
}
