using System.Text;
using Hiring.Agents.Hosting;
using Hiring.Agents.Streaming;
using Hiring.Agents.Talent;
using Hiring.Agents.Talent.Import;
using Hiring.Agents.Talent.Synthetic;
using Hiring.Agents.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.TestingHost;

namespace Hiring.Agents.Tests.Recruiting;

/// <summary>
/// The product as it runs, on a seeded synthetic pool: every real agent, the built-in engine,
/// SQLite and Lucene in a temp folder. Another tenant's private pool holds strong matches that
/// must never reach the first tenant.
/// </summary>
public sealed class RecruitingWorld : IAsyncLifetime
{
    public const int Seed = 7;
    public const int PoolSize = 2500;
    public const string OtherTenant = "globex";

    private readonly TempDataDirectory _data = new();

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public string DataDirectory => _data.Path;

    public IReadOnlyList<string> OtherTenantsCandidates { get; private set; } = [];

    public async Task InitializeAsync()
    {
        await SeedPoolsAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Hiring:Ai:Provider"] = "BuiltIn",
            ["Hiring:Supervisor:RetryBaseDelay"] = "00:00:00.050",
            ["Hiring:Supervisor:WakePeriod"] = "00:00:01",
        }).Build();
        var builder = new InProcessTestClusterBuilder(1);
        builder.Options.ServiceId = SqliteTestCluster.ServiceId;
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddHiringAgents(_data.Path, configuration);
            silo.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = TimeSpan.FromMilliseconds(500));
            silo.Services.PostConfigure<GrainTypeOptions>(TestDoubleGrainClasses.Exclude);
        });
        builder.ConfigureClient(client =>
        {
            client.AddMemoryStreams(AssistantStreams.Provider);
            client.Services.PostConfigure<GrainTypeOptions>(TestDoubleGrainClasses.Exclude);
        });
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _data.Dispose();
    }

    /// <summary>Profile store and index opened read-only beside the running silo.</summary>
    public ServiceProvider OpenTalent() =>
        new ServiceCollection().AddLogging().AddTalentStore(_data.Path).BuildServiceProvider();

    private async Task SeedPoolsAsync()
    {
        await using var services = new ServiceCollection().AddLogging().AddTalentStore(_data.Path).AddTalentSearch(_data.Path).BuildServiceProvider();
        var asOf = DateOnly.FromDateTime(DateTime.UtcNow);
        await services.GetRequiredService<SyntheticPoolSeeder>().SeedAsync(new SyntheticPoolOptions(PoolSize, Seed, new DateOnly(asOf.Year, asOf.Month, 1)));

        var resumes = new StringBuilder();
        for (var i = 0; i < 12; i++)
        {
            resumes.AppendLine(OtherTenantResume(i));
        }

        var importer = services.GetRequiredService<ProfileImporter>();
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(resumes.ToString()));
        var result = await importer.ImportAsync(stream, "globex-ats.jsonl", ImportOptions.For(OtherTenant, Contracts.Talent.ProfileOrigin.AtsImport));
        Assert.Equal(12, result.Imported);

        var store = services.GetRequiredService<IProfileStore>();
        var ids = new List<string>();
        await foreach (var profile in store.ReadAllAsync(TalentPoolScope.Private(OtherTenant)))
        {
            ids.Add(profile.Id);
        }

        OtherTenantsCandidates = ids;
    }

    // Strong matches for the role, but in another tenant's private pool.
    private static string OtherTenantResume(int i) =>
        $$$"""{"basics":{"name":"Globex Engineer {{{i}}}","label":"Senior Backend Engineer","email":"engineer{{{i}}}@globex.example","location":{"city":"Berlin","countryCode":"DE"}},"work":[{"name":"Globex","position":"Senior Backend Engineer","startDate":"2015-01-01","summary":"Built Go services on Kubernetes, gRPC and PostgreSQL."}],"skills":[{"name":"Go"},{"name":"Kubernetes"},{"name":"Docker"}]}""";
}
