using Hiring.Agents.Tests.Support;
using Hiring.Contracts.Talent;
using Hiring.Talent;
using Hiring.Talent.Hosting;
using Hiring.Talent.Search;
using Hiring.Talent.Synthetic;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace Hiring.Agents.Tests.Sourcing.Remembered;

/// <summary>The product as it runs (every real agent, the built-in engine) over a seeded synthetic public pool whose profiles the tests read.</summary>
public sealed class RememberedSourcingWorld : ClusterFixtureBase
{
    public IReadOnlyDictionary<string, CandidateProfile> Profiles { get; private set; } = new Dictionary<string, CandidateProfile>();

    protected override async Task<InProcessTestCluster> StartClusterAsync(string dataDirectory)
    {
        var month = DateOnly.FromDateTime(DateTime.UtcNow);
        var people = new SyntheticPoolGenerator().Generate(new SyntheticPoolOptions(1200, 11, new DateOnly(month.Year, month.Month, 1))).Select(p => p.Profile).ToArray();
        await using (var services = new ServiceCollection().AddLogging().AddTalentStore(dataDirectory).AddTalentSearch(dataDirectory).BuildServiceProvider())
        {
            await services.GetRequiredService<IProfileStore>().UpsertAsync(TalentPoolScope.Public, people);
            await services.GetRequiredService<ITalentIndex>().IndexAsync(TalentPoolScope.Public, people);

            // Every profile's vector is kept before the silo starts: searches that rerank while vectors still
            // arrive would differ from one another, and these tests compare searches.
            var worker = services.GetRequiredService<ProfileEmbeddingWorker>();
            await worker.StartAsync(CancellationToken.None);
            await services.GetRequiredService<EmbeddingQueue>().WhenDrainedAsync().WaitAsync(TimeSpan.FromMinutes(5));
            await worker.StopAsync(CancellationToken.None);
        }

        Profiles = people.ToDictionary(p => p.Id);
        return await RealAgentsCluster.StartAsync(dataDirectory);
    }
}
