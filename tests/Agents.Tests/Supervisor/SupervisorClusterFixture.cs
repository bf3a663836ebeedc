using Orleans.TestingHost;

namespace Hiring.Agents.Tests.Supervisor;

/// <summary>One supervisor cluster (<see cref="SupervisorTestCluster"/>) shared by the tests of <see cref="SupervisorClusterCollection"/>.</summary>
public sealed class SupervisorClusterFixture : ClusterFixtureBase
{
    protected override Task<InProcessTestCluster> StartClusterAsync(string dataDirectory) => SupervisorTestCluster.StartAsync(dataDirectory);
}

[CollectionDefinition(Name)]
public sealed class SupervisorClusterCollection : ICollectionFixture<SupervisorClusterFixture>
{
    public const string Name = "supervisor cluster";
}
