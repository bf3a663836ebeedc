using Orleans.TestingHost;

namespace Hiring.Agents.Tests.Support;

/// <summary>One SQLite-backed cluster shared by the tests of <see cref="SqliteClusterCollection"/>.</summary>
public sealed class ClusterFixture : ClusterFixtureBase
{
    protected override Task<InProcessTestCluster> StartClusterAsync(string dataDirectory) => SqliteTestCluster.StartAsync(dataDirectory);
}
