namespace Hiring.Agents.Tests.Support;

[CollectionDefinition(Name)]
public sealed class SqliteClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "sqlite cluster";
}
