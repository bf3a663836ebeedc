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
    public static async Task<InProcessTestCluster> StartAsync(string dataDirectory, IReadOnlyDictionary<string, string?>? settings = null)
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
        var builder = new InProcessTestClusterBuilder(1);
        builder.Options.ServiceId = SqliteTestCluster.ServiceId;
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddHiringAgents(dataDirectory, configuration);
            silo.Services.Replace(ServiceDescriptor.Singleton<ISubAgentRouter, TestSubAgentRouter>());
            silo.Services.Replace(ServiceDescriptor.Singleton<IProjectDesk, OpenRoleDesk>());
            silo.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = TimeSpan.FromMilliseconds(500));
            silo.Services.PostConfigure<GrainTypeOptions>(TestDoubleGrainClasses.Exclude);
        });
        builder.ConfigureClient(client =>
        {
            client.AddMemoryStreams(AssistantStreams.Provider);
            client.Services.PostConfigure<GrainTypeOptions>(TestDoubleGrainClasses.Exclude);
        });
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }
}
