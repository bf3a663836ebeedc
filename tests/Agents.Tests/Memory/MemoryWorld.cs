using Hiring.Agents.Tests.Support;
using Orleans.TestingHost;

namespace Hiring.Agents.Tests.Memory;

/// <summary>Every real agent with the built-in engine: the recruiter's memory as it runs in the product.</summary>
public sealed class MemoryWorld : ClusterFixtureBase
{
    protected override Task<InProcessTestCluster> StartClusterAsync(string dataDirectory) => RealAgentsCluster.StartAsync(dataDirectory);
}
