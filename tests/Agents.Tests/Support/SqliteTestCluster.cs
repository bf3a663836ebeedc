using Hiring.Agents.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.TestingHost;

namespace Hiring.Agents.Tests.Support;

/// <summary>Starts an in-process Orleans cluster whose storage and reminders are the SQLite ones, with the product's tenant isolation.</summary>
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
            silo.AddHiringTenancy();
            silo.AddHiringStorage(dataDirectory);
            // Short periods so a reminder test does not wait Orleans' one-minute default.
            silo.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = TimeSpan.FromMilliseconds(500));
            silo.Services.PostConfigure<GrainTypeOptions>(TestDoubleGrainClasses.Exclude);
        });
        builder.ConfigureClient(client => client.Services.PostConfigure<GrainTypeOptions>(TestDoubleGrainClasses.Exclude));
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }
}
