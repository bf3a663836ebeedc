using Hiring.Agents.Cluster;
using Hiring.Agents.Tests.Persistence;
using Hiring.Talent;
using Hiring.Talent.Store;
using Npgsql;

namespace Hiring.Agents.Tests.Talent;

/// <summary>The profile store contract on PostgreSQL (cluster mode), and what several nodes writing one pool need.</summary>
public sealed class PostgresProfileStoreTests(PostgresLogStoreFixture postgres) : ProfileStoreContractTests, IClassFixture<PostgresLogStoreFixture>, IAsyncLifetime
{
    private readonly List<NpgsqlDataSource> _nodes = [];
    private string _connectionString = "";

    protected override IProfileStore Store => new PostgresProfileStore(Node(0));

    protected override IProtectedAttributeStore Attributes => new PostgresProtectedAttributeStore(Node(0));

    public async Task InitializeAsync() => _connectionString = await postgres.NewDatabaseAsync();

    public async Task DisposeAsync()
    {
        foreach (var node in _nodes)
        {
            await node.DisposeAsync();
        }
    }

    [Fact]
    public async Task TwoNodesWritingOnePoolAtOnceNumberItsChangesWithoutGapsOrRepeats()
    {
        var nodes = new[] { new PostgresProfileStore(Node(0)), new PostgresProfileStore(Node(1)) };

        await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            nodes[i % 2].UpsertAsync(TalentPoolScope.Public, [SampleProfiles.Person($"n{i % 2}-{i:D2}a"), SampleProfiles.Person($"n{i % 2}-{i:D2}b")])));

        var changes = await nodes[1].ChangesAsync(TalentPoolScope.Public, 0, 1000);
        Assert.Equal(Enumerable.Range(1, 80).Select(n => (long)n), changes.Select(c => c.Change));
        Assert.Equal(80, changes.Select(c => c.Profile.Id).Distinct().Count());
        Assert.Equal(80, await nodes[0].LastChangeAsync(TalentPoolScope.Public));
    }

    private NpgsqlDataSource Node(int node)
    {
        while (_nodes.Count <= node)
        {
            _nodes.Add(NpgsqlDataSource.Create(_connectionString));
        }

        return _nodes[node];
    }
}
