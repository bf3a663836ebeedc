using Hiring.Agents.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.TestingHost;

namespace Hiring.Agents.Tests.Support;

/// <summary>Starts an in-process Orleans cluster whose storage and reminders are the SQLite ones, with the product's grain call filters (tenant isolation, database faults).</summary>
public static class SqliteTestCluster
{
    public static Task<InProcessTestCluster> StartAsync(string dataDirectory) =>
        TestClusters.StartAsync(
            silo =>
            {
                silo.AddHiringCallFilters();
                silo.AddHiringStorage(dataDirectory);
                silo.Services.PostConfigure<GrainTypeOptions>(TestDoubleGrainClasses.Exclude);
            },
            client => client.Services.PostConfigure<GrainTypeOptions>(TestDoubleGrainClasses.Exclude));
}
