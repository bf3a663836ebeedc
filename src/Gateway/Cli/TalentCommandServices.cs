using Hiring.Agents.Hosting;

namespace Hiring.Gateway.Cli;

/// <summary>The talent services the <c>seed</c> and <c>import</c> commands use, on the data folder, without a silo.</summary>
public static class TalentCommandServices
{
    public static ServiceProvider Create(string dataDirectory)
    {
        var services = new ServiceCollection();
        services.AddTalentStore(dataDirectory);
        // The Lucene index registers here too when present, so seed and import index what they store.
        return services.BuildServiceProvider();
    }
}
