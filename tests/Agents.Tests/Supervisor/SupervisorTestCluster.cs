using Hiring.Agents.Hosting;
using Hiring.Agents.Streaming;
using Hiring.Agents.Supervisor;
using Hiring.Agents.Tests.Supervisor.Doubles;
using Hiring.Agents.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Configuration;
using Orleans.TestingHost;

namespace Hiring.Agents.Tests.Supervisor;

/// <summary>A cluster with the product's supervisor, storage and streams, and scripted sub-agents.</summary>
public static class SupervisorTestCluster
{
    /// <param name="silos">More set-up of each silo, after the product's (e.g. a shorter messaging timeout).</param>
    public static Task<InProcessTestCluster> StartAsync(string dataDirectory, IReadOnlyDictionary<string, string?>? settings = null, Action<ISiloBuilder>? silos = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Hiring:Ai:Provider"] = "BuiltIn",
                ["Hiring:Supervisor:MaxInbox"] = "5",
                ["Hiring:Supervisor:RetryBaseDelay"] = "00:00:00.020",
                ["Hiring:Supervisor:WakePeriod"] = "00:00:01",
            })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        return TestClusters.StartAsync(
            silo =>
            {
                silo.AddHiringAgents(dataDirectory, configuration);
                silo.Services.Replace(ServiceDescriptor.Singleton<ISubAgentRouter, TestSubAgentRouter>());
                silo.Services.Replace(ServiceDescriptor.Singleton<IProjectDesk, OpenRoleDesk>());
                silo.Services.PostConfigure<GrainTypeOptions>(TestDoubleGrainClasses.Exclude);
                silos?.Invoke(silo);
            },
            client =>
            {
                client.AddMemoryStreams(AssistantStreams.Provider);
                client.Services.PostConfigure<GrainTypeOptions>(TestDoubleGrainClasses.Exclude);
            });
    }
}
