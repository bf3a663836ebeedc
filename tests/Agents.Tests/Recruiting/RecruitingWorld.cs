using System.Text;
using Hiring.Agents.Tests.Support;
using Hiring.Talent;
using Hiring.Talent.Hosting;
using Hiring.Talent.Import;
using Hiring.Talent.Synthetic;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace Hiring.Agents.Tests.Recruiting;

/// <summary>
/// The product as it runs, on a seeded synthetic pool: every real agent, the built-in engine,
/// SQLite and Lucene in a temp folder. Another tenant's private pool holds strong matches that
/// must never reach the first tenant. The pool of seed 7 has no senior backend engineer in Berlin,
/// so people of another seed's generation (their ground truth with them) are moved to Berlin:
/// senior backend engineers with Go and Kubernetes, and beside them juniors and managers with the
/// same skills, who must never be shortlisted for a senior individual contributor's role.
/// </summary>
public sealed class RecruitingWorld : ClusterFixtureBase
{
    public const int Seed = 7;
    public const int PoolSize = 2500;
    public const string OtherTenant = "globex";
    public const int PlantedSeed = 8;
    public const int PlantedSeniors = 8;
    public const int PlantedOthers = 2;

    public IReadOnlyList<string> OtherTenantsCandidates { get; private set; } = [];

    /// <summary>The people moved to Berlin, by id, with the generator's ground truth.</summary>
    public IReadOnlyDictionary<string, GroundTruthRecord> Planted { get; private set; } = new Dictionary<string, GroundTruthRecord>();

    protected override async Task<InProcessTestCluster> StartClusterAsync(string dataDirectory)
    {
        await SeedPoolsAsync();
        return await RealAgentsCluster.StartAsync(dataDirectory);
    }

    /// <summary>Profile store and index opened read-only beside the running silo.</summary>
    public ServiceProvider OpenTalent() =>
        new ServiceCollection().AddLogging().AddTalentStore(DataDirectory).BuildServiceProvider();

    private async Task SeedPoolsAsync()
    {
        await using var services = new ServiceCollection().AddLogging().AddTalentStore(DataDirectory).AddTalentSearch(DataDirectory).BuildServiceProvider();
        var asOf = DateOnly.FromDateTime(DateTime.UtcNow);
        var month = new DateOnly(asOf.Year, asOf.Month, 1);
        await services.GetRequiredService<SyntheticPoolSeeder>().SeedAsync(new SyntheticPoolOptions(PoolSize, Seed, month));
        await PlantInBerlinAsync(services, month);

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

    private async Task PlantInBerlinAsync(ServiceProvider services, DateOnly month)
    {
        static int Months(SyntheticPerson p, string skill) => p.Truth.Skills.FirstOrDefault(s => s.Skill == skill)?.Months ?? 0;
        bool GoAndKubernetes(SyntheticPerson p) => p.Truth.Specialty == "Backend Engineer" && Months(p, "Go") >= 72 && Months(p, "Kubernetes") >= 12;
        var people = new SyntheticPoolGenerator().Generate(new SyntheticPoolOptions(20_000, PlantedSeed, month)).Where(GoAndKubernetes).ToList();
        var planted = people.Where(p => p.Truth.Seniority == Seniority.Senior).Take(PlantedSeniors)
            .Concat(people.Where(p => p.Truth.Seniority is Seniority.Manager).Take(PlantedOthers))
            .Concat(people.Where(p => p.Truth.Seniority is Seniority.Director).Take(PlantedOthers))
            .Concat(people.Where(p => p.Truth.Seniority is Seniority.Junior or Seniority.Mid).Take(PlantedOthers))
            .ToList();
        var profiles = planted.Select(p => p.Profile with { Location = new Contracts.Talent.Location("Berlin", "Berlin", "DE") }).ToArray();
        await services.GetRequiredService<IProfileStore>().UpsertAsync(TalentPoolScope.Public, profiles);
        await services.GetRequiredService<ITalentIndex>().IndexAsync(TalentPoolScope.Public, profiles);
        Planted = planted.ToDictionary(p => p.Profile.Id, p => p.Truth);
    }

    // Strong matches for the role, but in another tenant's private pool.
    private static string OtherTenantResume(int i) =>
        $$$"""{"basics":{"name":"Globex Engineer {{{i}}}","label":"Senior Backend Engineer","email":"engineer{{{i}}}@globex.example","location":{"city":"Berlin","countryCode":"DE"}},"work":[{"name":"Globex","position":"Senior Backend Engineer","startDate":"2015-01-01","summary":"Built Go services on Kubernetes, gRPC and PostgreSQL."}],"skills":[{"name":"Go"},{"name":"Kubernetes"},{"name":"Docker"}]}""";
}
