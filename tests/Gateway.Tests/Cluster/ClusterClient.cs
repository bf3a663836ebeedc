using Hiring.Agents.Cluster;
using Hiring.Gateway.Hosting;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;

namespace Hiring.Gateway.Tests.Cluster;

/// <summary>An Orleans client of a test cluster, outside every node: it finds the gateways in the membership table on PostgreSQL.</summary>
public static class ClusterClient
{
    public static async Task<IHost> ConnectAsync(string connectionString)
    {
        var host = new HostBuilder()
            .UseOrleansClient(client => client
                .UseAdoNetClustering(o =>
                {
                    o.Invariant = ClusterSettings.Invariant;
                    o.ConnectionString = connectionString;
                })
                .Configure<ClusterOptions>(o =>
                {
                    o.ServiceId = HiringSettings.DefaultServiceId;
                    o.ClusterId = HiringSettings.DefaultClusterIdInCluster;
                })
                .Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = TimeSpan.FromSeconds(1))
                .Configure<ClientMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(5)))
            .Build();
        await host.StartAsync();
        return host;
    }

    /// <summary>The silo a grain is active on now (null when it is not active), compared by host and port.</summary>
    public static async Task<string?> WhereIsAsync(IClusterClient client, IAddressable grain)
    {
        var silo = await client.GetGrain<IManagementGrain>(0).GetActivationAddress(grain);
        return silo is null ? null : Address(silo.ToString());
    }

    /// <summary>A silo address prints as S127.0.0.1:port:generation; this is its host and port.</summary>
    public static string Address(string silo) => string.Join(':', silo.TrimStart('S').Split(':').Take(2));
}
