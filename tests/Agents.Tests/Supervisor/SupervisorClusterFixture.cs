using Hiring.Agents.Tests.Support;
using Orleans.TestingHost;

namespace Hiring.Agents.Tests.Supervisor;

public sealed class SupervisorClusterFixture : IAsyncLifetime
{
    private readonly TempDataDirectory _data = new();

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public async Task InitializeAsync() => Cluster = await SupervisorTestCluster.StartAsync(_data.Path);

    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        _data.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class SupervisorClusterCollection : ICollectionFixture<SupervisorClusterFixture>
{
    public const string Name = "supervisor cluster";
}
