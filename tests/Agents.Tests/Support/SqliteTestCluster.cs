using Hiring.Agents.Hosting;
using Orleans.Configuration;
using Orleans.TestingHost;

namespace Hiring.Agents.Tests.Support;

/// <summary>Starts an in-process Orleans cluster whose storage and reminders are the SQLite ones.</summary>
public static class SqliteTestCluster
{
    public const string ServiceId = "hiring-tests";

    public static async Task<InProcessTestCluster> StartAsync(string dataDirectory)
    {
        var builder = new InProcessTestClusterBuilder(1);
        // Reminders are scoped by service id, so a restarted cluster must keep the same one (as the product does).
        builder.Options.ServiceId = ServiceId;
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddHiringStorage(dataDirectory);
            // Short periods so a reminder test does not wait Orleans' one-minute default.
            silo.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = TimeSpan.FromMilliseconds(500));
        });
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }
}
