using Hiring.Agents.Cluster;
using Hiring.Agents.Hosting;
using Hiring.Agents.Tests.Persistence;
using Hiring.Talent;
using Hiring.Talent.Import;
using Hiring.Talent.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Hiring.Agents.Tests.Talent.Search;

/// <summary>
/// Two nodes of a cluster, each with its own index folder, on one PostgreSQL: what one imports or erases reaches the
/// other's index when it follows the shared pools, and a node restarted reads only what it missed.
/// </summary>
public sealed class TalentIndexFollowerTests(PostgresLogStoreFixture postgres) : IClassFixture<PostgresLogStoreFixture>, IAsyncLifetime
{
    private const string Header = "name,email,headline,city,region,country,skills,open_to_work,last_active,title,company,start,end,experiences,school,degree,field,start_year,end_year";
    private static readonly TalentPoolScope Acme = TalentPoolScope.Private("acme");

    private readonly TempDataDirectory _first = new();
    private readonly TempDataDirectory _second = new();
    private readonly List<ServiceProvider> _nodes = [];
    private string _connectionString = "";

    public async Task InitializeAsync() => _connectionString = await postgres.NewDatabaseAsync();

    public async Task DisposeAsync()
    {
        foreach (var node in _nodes)
        {
            await node.DisposeAsync();
        }

        _first.Dispose();
        _second.Dispose();
    }

    [Fact]
    public async Task AnImportThroughOneNodeIsSearchableOnTheOtherOnceItFollows()
    {
        var (one, two) = (Node(_first), Node(_second));
        Assert.IsType<PostgresProfileStore>(one.GetRequiredService<IProfileStore>());

        var ids = await ImportAsync(one, Acme, "Ana Lima", "Bo Keep");

        Assert.All(ids, id => Assert.True(Searchable(one, Acme, id)));
        Assert.All(ids, id => Assert.False(Searchable(two, Acme, id)));
        Assert.Equal(2, await Follower(two).CatchUpAsync());
        Assert.All(ids, id => Assert.True(Searchable(two, Acme, id)));
        Assert.All(ids, id => Assert.False(Searchable(two, TalentPoolScope.Public, id)));
        Assert.Equal(0, await Follower(two).CatchUpAsync());
    }

    [Fact]
    public async Task AnErasureOnOneNodeRemovesTheCandidateFromTheOthersIndex()
    {
        var (one, two) = (Node(_first), Node(_second));
        var ids = await ImportAsync(one, Acme, "Ana Lima", "Bo Keep");
        await Follower(two).CatchUpAsync();

        // As CandidateEraser erases: the shared store, then the node's own index.
        await one.GetRequiredService<IProfileStore>().EraseAsync(Acme, ids[0], "acme/ops", DateTimeOffset.UtcNow);
        await one.GetRequiredService<ITalentIndex>().RemoveAsync(Acme, ids[0]);

        Assert.True(Searchable(two, Acme, ids[0]));
        Assert.Equal(1, await Follower(two).CatchUpAsync());
        Assert.False(Searchable(two, Acme, ids[0]));
        Assert.True(Searchable(two, Acme, ids[1]));
    }

    [Fact]
    public async Task ANodeRestartedCatchesUpOnlyWhatItMissed()
    {
        var one = Node(_first);
        var ids = await ImportAsync(one, Acme, "Ana Lima", "Bo Keep", "Cy Dorn");
        var two = Node(_second);
        Assert.Equal(3, await Follower(two).CatchUpAsync());
        await Stop(two);

        var later = await ImportAsync(one, TalentPoolScope.Public, "Di Evans", "Ed Fox");
        await one.GetRequiredService<IProfileStore>().EraseAsync(Acme, ids[1], "acme/ops", DateTimeOffset.UtcNow);
        var restarted = Node(_second);

        Assert.Equal(3, await Follower(restarted).CatchUpAsync());
        Assert.True(Searchable(restarted, Acme, ids[0]));
        Assert.False(Searchable(restarted, Acme, ids[1]));
        Assert.All(later, id => Assert.True(Searchable(restarted, TalentPoolScope.Public, id)));
    }

    [Fact]
    public async Task AFollowingNodeIsWokenByTheChangeItselfWithoutWaitingForItsPoll()
    {
        var one = Node(_first);
        // A poll far longer than the wait below: only the announcement can bring the change in time.
        var two = Node(_second, new TalentFollowOptions { PollInterval = TimeSpan.FromMinutes(10) });
        await Follower(two).StartAsync(CancellationToken.None);
        try
        {
            var ids = await ImportAsync(one, Acme, "Ana Lima");

            await Wait.UntilAsync(() => Searchable(two, Acme, ids[0]), TimeSpan.FromSeconds(60), "the second node's index holds the import");
        }
        finally
        {
            await Follower(two).StopAsync(CancellationToken.None);
        }
    }

    /// <summary>A node's talent services as the silo wires them in cluster mode; none of its background services run.</summary>
    private ServiceProvider Node(TempDataDirectory folder, TalentFollowOptions? options = null)
    {
        var services = new ServiceCollection().AddLogging();
        if (options is not null)
        {
            services.AddSingleton(options);
        }

        var node = services.AddHiringTalent(folder.Path, new ClusterSettings(ClusterProvider.Postgres, _connectionString)).BuildServiceProvider();
        _nodes.Add(node);
        return node;
    }

    private async Task Stop(ServiceProvider node)
    {
        _nodes.Remove(node);
        await node.DisposeAsync();
    }

    private static TalentIndexFollower Follower(ServiceProvider node) => node.GetRequiredService<TalentIndexFollower>();

    private static async Task<IReadOnlyList<string>> ImportAsync(ServiceProvider node, TalentPoolScope scope, params string[] names)
    {
        var rows = names.Select(name => $"{name},{name.Replace(' ', '.').ToLowerInvariant()}@example.com,Engineer,Lisbon,,PT,Rust,yes,2026-10-30,Engineer,Acme,2021-06,,,,,,,");
        var csv = string.Join('\n', [Header, .. rows]);
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv));
        var imported = await node.GetRequiredService<ProfileImporter>().ImportAsync(stream, "people.csv", ImportOptions.For(scope.Tenant));
        Assert.Empty(imported.Rejected);
        return imported.Stored!;
    }

    private static bool Searchable(ServiceProvider node, TalentPoolScope scope, string id)
    {
        using var lease = node.GetRequiredService<LuceneTalentIndex>().AcquireFor(scope.Tenant);
        if (lease is null)
        {
            return false;
        }

        // A tenant's lease covers the public pool too; the pool field tells them apart.
        var query = new BooleanQuery
        {
            { new TermQuery(new Term(TalentFields.Id, id)), Occur.MUST },
            { new TermQuery(new Term(TalentFields.Pool, TalentIndexPaths.PoolName(scope))), Occur.MUST },
        };
        return lease.Searcher.Search(query, 1).TotalHits > 0;
    }
}
