using Hiring.Agents.Hosting;
using Hiring.Agents.Streaming;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.TestingHost;

namespace Hiring.Agents.Tests.Support;

/// <summary>A cluster of the product as it runs: every real agent with the built-in engine over <c>dataDirectory</c>, with quick retries and wake-ups.</summary>
public static class RealAgentsCluster
{
    /// <summary>Starts it; <paramref name="configureSilo"/> adds to the silo after the agents (a test clock, say).</summary>
    public static Task<InProcessTestCluster> StartAsync(string dataDirectory, Action<ISiloBuilder>? configureSilo = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Hiring:Ai:Provider"] = "BuiltIn",
            ["Hiring:Supervisor:RetryBaseDelay"] = "00:00:00.050",
            ["Hiring:Supervisor:WakePeriod"] = "00:00:01",
        }).Build();
        return TestClusters.StartAsync(
            silo =>
            {
                silo.AddHiringAgents(dataDirectory, configuration);
                configureSilo?.Invoke(silo);
                silo.Services.PostConfigure<GrainTypeOptions>(TestDoubleGrainClasses.Exclude);
            },
            client =>
            {
                client.AddMemoryStreams(AssistantStreams.Provider);
                client.Services.PostConfigure<GrainTypeOptions>(TestDoubleGrainClasses.Exclude);
            });
    }
}
