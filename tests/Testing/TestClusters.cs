using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.TestingHost;

namespace Hiring.Testing;

/// <summary>
/// Starts an in-process cluster the way every test of the product does: one silo, one service id
/// (reminders are scoped by it, so a cluster restarted on the same data folder finds them, as the
/// product does) and reminder periods short enough that a test does not wait Orleans' one-minute
/// default. The caller adds what the silo runs and what the client needs.
/// </summary>
public static class TestClusters
{
    public const string ServiceId = "hiring-tests";

    public static async Task<InProcessTestCluster> StartAsync(Action<ISiloBuilder> configureSilo, Action<IClientBuilder>? configureClient = null)
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.Options.ServiceId = ServiceId;
        builder.ConfigureSilo((_, silo) =>
        {
            silo.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = TimeSpan.FromMilliseconds(500));
            configureSilo(silo);
        });
        if (configureClient is not null)
        {
            builder.ConfigureClient(configureClient);
        }

        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }
}
