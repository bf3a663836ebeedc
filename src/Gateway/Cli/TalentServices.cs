using Hiring.Agents.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Hiring.Gateway.Cli;

/// <summary>The talent search services for a command that runs without the server.</summary>
public static class TalentServices
{
    public static ServiceProvider Open(string dataDirectory) =>
        new ServiceCollection()
            .AddLogging()
            .AddTalentSearch(dataDirectory)
            .BuildServiceProvider();
}
