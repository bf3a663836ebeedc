using Hiring.Agents.Tests.Outreach.Drafting.Support;
using Hiring.Agents.Tests.Support;
using Hiring.Talent;
using Hiring.Talent.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace Hiring.Agents.Tests.Outreach.FollowUps;

/// <summary>Every real agent with the built-in engine on a clock the test moves forward, and one candidate (Maria) in the public pool.</summary>
public sealed class FollowUpWorld : ClusterFixtureBase
{
    public ShiftedClock Clock { get; } = new();

    protected override async Task<InProcessTestCluster> StartClusterAsync(string dataDirectory)
    {
        await using (var talent = new ServiceCollection().AddLogging().AddTalentStore(dataDirectory).BuildServiceProvider())
        {
            await talent.GetRequiredService<IProfileStore>().UpsertAsync(TalentPoolScope.Public, [Candidates.Engineer]);
        }

        return await RealAgentsCluster.StartAsync(dataDirectory, silo => silo.Services.AddSingleton<TimeProvider>(Clock));
    }
}
