namespace Hiring.Gateway.Tests.Cluster;

/// <summary>
/// Multi-process cluster tests run alone: each starts several full nodes, which on a small machine would starve the
/// tests running beside them (and be starved by them).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ClusterCollection
{
    public const string Name = "cluster";
}
