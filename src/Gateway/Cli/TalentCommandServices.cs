using Hiring.Agents.Hosting;

namespace Hiring.Gateway.Cli;

/// <summary>The talent services the <c>seed</c> and <c>import</c> commands use, on the data folder, without a silo.</summary>
public static class TalentCommandServices
{
    public static ServiceProvider Create(string dataDirectory)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddTalentStore(dataDirectory);
        // Seed and import index what they store; vectors follow when the server's embedding worker backfills.
        services.AddTalentSearch(dataDirectory);
        return services.BuildServiceProvider();
    }
}
