using Hiring.Agents.Hosting;
using Hiring.Agents.Streaming;
using Orleans.Configuration;

namespace Hiring.Gateway.Hosting;

/// <summary>Co-hosts the Orleans silo inside the gateway process.</summary>
public static class SiloHostingExtensions
{
    public static WebApplicationBuilder AddHiringSilo(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var dataDir = HiringSettings.ResolveDataDir(configuration);
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(
                siloPort: configuration.GetValue(HiringSettings.SiloPort, HiringSettings.DefaultSiloPort),
                gatewayPort: configuration.GetValue(HiringSettings.GatewayPort, HiringSettings.DefaultGatewayPort),
                serviceId: configuration[HiringSettings.ServiceId] ?? HiringSettings.DefaultServiceId,
                clusterId: configuration[HiringSettings.ClusterId] ?? HiringSettings.DefaultClusterId);
            silo.Configure<ClusterMembershipOptions>(o => o.DefunctSiloCleanupPeriod = TimeSpan.FromMinutes(10));
            silo.AddActivityPropagation();
            silo.AddHiringAgents(dataDir, configuration);

            // The pulling agent's default 100 ms poll would dominate publish-to-client latency of assistant events.
            silo.Services.Configure<StreamPullingAgentOptions>(AssistantStreams.Provider, o => o.GetQueueMsgsTimerPeriod = TimeSpan.FromMilliseconds(10));
        });
        return builder;
    }
}
