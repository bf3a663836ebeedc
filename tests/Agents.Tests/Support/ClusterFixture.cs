using Orleans.TestingHost;

namespace Hiring.Agents.Tests.Support;

/// <summary>One SQLite-backed cluster shared by the tests of <see cref="SqliteClusterCollection"/>.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    private readonly TempDataDirectory _data = new();

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public string DataDirectory => _data.Path;

    public async Task InitializeAsync() => Cluster = await SqliteTestCluster.StartAsync(_data.Path);

    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        _data.Dispose();
    }
}
