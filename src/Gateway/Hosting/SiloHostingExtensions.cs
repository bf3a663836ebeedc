using System.Net;
using Hiring.Agents.Cluster;
using Hiring.Agents.Hosting;
using Hiring.Agents.Streaming;
using Orleans.Configuration;

namespace Hiring.Gateway.Hosting;

/// <summary>Co-hosts the Orleans silo inside the gateway process: alone on localhost, or as a node of a cluster on PostgreSQL.</summary>
public static class SiloHostingExtensions
{
    public static WebApplicationBuilder AddHiringSilo(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var dataDir = HiringSettings.ResolveDataDir(configuration);
        var cluster = ClusterSettings.Read(configuration);
        builder.UseOrleans(silo =>
        {
            var siloPort = configuration.GetValue(HiringSettings.SiloPort, HiringSettings.DefaultSiloPort);
            var gatewayPort = configuration.GetValue(HiringSettings.GatewayPort, HiringSettings.DefaultGatewayPort);
            var serviceId = configuration[HiringSettings.ServiceId] ?? HiringSettings.DefaultServiceId;
            if (cluster.IsPostgres)
            {
                silo.UseAdoNetClustering(o =>
                {
                    o.Invariant = ClusterSettings.Invariant;
                    o.ConnectionString = cluster.PostgresConnectionString;
                });
                silo.Configure<ClusterOptions>(o =>
                {
                    o.ServiceId = serviceId;
                    o.ClusterId = configuration[HiringSettings.ClusterId] ?? HiringSettings.DefaultClusterIdInCluster;
                });
                if (cluster.Kubernetes)
                {
                    // The pod's IP, name and the ORLEANS_SERVICE_ID / ORLEANS_CLUSTER_ID of its labels (deploy/k8s); pods that are gone leave the membership.
                    silo.UseKubernetesHosting();
                }
                // Other nodes reach this one at its advertised address; unset, Orleans picks this host's first network address.
                else if (configuration[HiringSettings.AdvertisedAddress] is { Length: > 0 } advertised)
                {
                    silo.ConfigureEndpoints(IPAddress.Parse(advertised), siloPort, gatewayPort);
                }
                else
                {
                    silo.ConfigureEndpoints(siloPort, gatewayPort, listenOnAnyHostAddress: true);
                }

                // Behind a port forward (or the fault test's proxy) a node listens on one port and is reached at the advertised one.
                if (configuration.GetValue<int?>(HiringSettings.SiloListenPort) is { } listenPort)
                {
                    silo.Configure<EndpointOptions>(o => o.SiloListeningEndpoint = new IPEndPoint(o.SiloListeningEndpoint?.Address ?? o.AdvertisedIPAddress, listenPort));
                }
            }
            else
            {
                silo.UseLocalhostClustering(siloPort, gatewayPort, serviceId: serviceId,
                    clusterId: configuration[HiringSettings.ClusterId] ?? HiringSettings.DefaultClusterId);
            }

            silo.Configure<ClusterMembershipOptions>(o => o.DefunctSiloCleanupPeriod = TimeSpan.FromMinutes(10));
            // Failure detection (probe timeouts, missed probes, votes) can be tuned per deployment.
            silo.Services.Configure<ClusterMembershipOptions>(configuration.GetSection(HiringSettings.Membership));
            // So can reminders: Orleans refuses a period under MinimumReminderPeriod (a minute), the floor of every wake-up period (Hiring:Autopilot:WakePeriod…).
            silo.Services.Configure<ReminderOptions>(configuration.GetSection(HiringSettings.Reminders));
            silo.AddActivityPropagation();
            silo.AddHiringAgents(dataDir, configuration);
            silo.AddHiringDashboard(configuration);

            // The pulling agent's default 100 ms poll would dominate publish-to-client latency of assistant events.
            silo.Services.Configure<StreamPullingAgentOptions>(AssistantStreams.Provider, o => o.GetQueueMsgsTimerPeriod = TimeSpan.FromMilliseconds(10));
        });
        return builder;
    }
}
