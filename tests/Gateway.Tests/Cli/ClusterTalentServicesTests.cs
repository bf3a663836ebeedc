using Hiring.Agents.Cluster;
using Hiring.Gateway.Cli;
using Hiring.Talent;
using Hiring.Talent.Import;
using Hiring.Talent.Store;
using Hiring.Talent.Synthetic;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Hiring.Gateway.Tests.Cli;

/// <summary>
/// What <c>hiring seed</c> and <c>hiring import</c> open with cluster settings: the pools in PostgreSQL, where every node's
/// index follows them, and no index of their own.
/// </summary>
public sealed class ClusterTalentServicesTests : IAsyncLifetime, IDisposable
{
    private readonly TempDataDirectory _folder = new();
    private PostgresServer _postgres = null!;

    public async Task InitializeAsync()
    {
        _postgres = await PostgresServer.StartAsync("pools");
        await PostgresSchema.MigrateAsync(_postgres.ConnectionString);
    }

    public async Task DisposeAsync() => await _postgres.DisposeAsync();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task SeedAndImportWithClusterSettingsWriteTheSharedPoolsAndIndexNothingLocally()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [ClusterSettings.ProviderKey] = "Postgres",
            [ClusterSettings.ConnectionStringKey] = _postgres.ConnectionString,
        }).Build();
        await using var services = TalentServices.OpenPools(_folder.Path, configuration);

        var seeded = await services.GetRequiredService<SyntheticPoolSeeder>().SeedAsync(new SyntheticPoolOptions(40, 3, new DateOnly(2026, 11, 1)));
        using var csv = new MemoryStream("name,email,headline\nAna Lima,ana@example.com,Rust engineer\n"u8.ToArray());
        var imported = await services.GetRequiredService<ProfileImporter>().ImportAsync(csv, "people.csv", ImportOptions.For("acme"));

        Assert.Null(services.GetService<ITalentIndex>());
        Assert.False(seeded.Indexed);
        Assert.Equal(1, imported.Imported);
        await using var shared = NpgsqlDataSource.Create(_postgres.ConnectionString);
        var pools = new PostgresProfileStore(shared);
        Assert.Equal(40, await pools.CountAsync(TalentPoolScope.Public));
        Assert.Equal("Ana Lima", (await pools.GetAsync(TalentPoolScope.Private("acme"), imported.Stored![0]))!.Name);
        Assert.Equal(40, await new PostgresProtectedAttributeStore(shared).ReadAllAsync(TalentPoolScope.Public).CountAsync());
        Assert.False(Directory.Exists(Path.Combine(_folder.Path, "index")));
    }
}
