using Hiring.Agents.Cluster;
using Hiring.Agents.Hosting;
using Hiring.Talent.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Hiring.Gateway.Cli;

/// <summary>
/// The talent services (profile store, importer, synthetic pool, index, search, insights) for a
/// command that runs without the server. Seed and import index what they store; vectors follow
/// when the server's embedding worker backfills.
/// </summary>
public static class TalentServices
{
    public static ServiceProvider Open(string dataDirectory) =>
        new ServiceCollection()
            .AddLogging()
            .AddTalentStore(dataDirectory)
            .AddTalentSearch(dataDirectory)
            .BuildServiceProvider();

    /// <summary>
    /// For the commands that fill pools (seed, import): <see cref="Open"/>, or in cluster mode (Hiring__Cluster__Provider=Postgres
    /// and its connection string in the environment, as the nodes read them) the store on PostgreSQL and no index here:
    /// each node's index follows the shared pools by itself.
    /// </summary>
    /// <param name="dataDirectory">The data folder (the ground truth of a seed goes there in either mode).</param>
    /// <param name="configuration">Where <c>Hiring:Cluster</c> is read; the environment when null.</param>
    public static ServiceProvider OpenPools(string dataDirectory, IConfiguration? configuration = null)
    {
        var cluster = ClusterSettings.Read(configuration ?? new ConfigurationBuilder().AddEnvironmentVariables().Build());
        return cluster.IsPostgres
            ? new ServiceCollection().AddLogging().AddHiringTalentStore(dataDirectory, cluster).BuildServiceProvider()
            : Open(dataDirectory);
    }
}
