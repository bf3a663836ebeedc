using Hiring.Agents.Tests.Support;
using Hiring.Contracts.Talent;
using Hiring.Talent;
using Hiring.Talent.Hosting;
using Hiring.Talent.Synthetic;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace Hiring.Agents.Tests.Learning;

/// <summary>
/// Every real agent with the built-in engine over a small public pool of synthetic backend engineers
/// (their profiles list varied skills), for a recruiter whose decisions follow a preference they never state.
/// </summary>
public sealed class LearningWorld : ClusterFixtureBase
{
    public const int Engineers = 64;

    public IReadOnlyList<CandidateProfile> People { get; private set; } = [];

    protected override async Task<InProcessTestCluster> StartClusterAsync(string dataDirectory)
    {
        var month = new DateOnly(DateTime.UtcNow.Year, DateTime.UtcNow.Month, 1);
        People = [.. new SyntheticPoolGenerator().Generate(new SyntheticPoolOptions(5000, 9, month))
            .Where(p => p.Truth.Specialty == "Backend Engineer")
            .Take(Engineers)
            .Select(p => p.Profile)];
        await using (var services = new ServiceCollection().AddLogging().AddTalentStore(dataDirectory).AddTalentSearch(dataDirectory).BuildServiceProvider())
        {
            await services.GetRequiredService<IProfileStore>().UpsertAsync(TalentPoolScope.Public, [.. People]);
            await services.GetRequiredService<ITalentIndex>().IndexAsync(TalentPoolScope.Public, [.. People]);
        }

        return await RealAgentsCluster.StartAsync(dataDirectory);
    }
}
