using Orleans.TestingHost;
using Xunit;

namespace Hiring.Testing;

/// <summary>
/// One cluster over its own temporary data folder, shared by the tests of a collection or class
/// (the shape of Orleans' DefaultClusterFixture). A fixture says only how its cluster starts;
/// starting, stopping and removing the folder are here.
/// </summary>
public abstract class ClusterFixtureBase : IAsyncLifetime
{
    private readonly TempDataDirectory _data = new();

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public string DataDirectory => _data.Path;

    public virtual async Task InitializeAsync() => Cluster = await StartClusterAsync(_data.Path);

    public virtual async Task DisposeAsync()
    {
        if (Cluster is not null)
        {
            await Cluster.StopAllSilosAsync();
            await Cluster.DisposeAsync();
        }

        _data.Dispose();
    }

    /// <summary>Starts the cluster on <paramref name="dataDirectory"/>, usually with <see cref="TestClusters.StartAsync"/>.</summary>
    protected abstract Task<InProcessTestCluster> StartClusterAsync(string dataDirectory);
}
