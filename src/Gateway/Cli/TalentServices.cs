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
}
