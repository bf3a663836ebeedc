using Hiring.Agents.Cluster;
using Hiring.Agents.Persistence;
using Hiring.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Runtime.Hosting;
using Orleans.Storage;

namespace Hiring.Agents.Hosting;

/// <summary>Wires grain state, reminders and the append-only log store: on the embedded SQLite file, or on PostgreSQL in cluster mode.</summary>
public static class HiringStorageExtensions
{
    /// <summary>
    /// Registers grain storage under <see cref="StorageNames.Hiring"/>, the reminder table and the log store. Embedded
    /// (the default): all on one SQLite file in <paramref name="dataDirectory"/>. <see cref="ClusterProvider.Postgres"/>:
    /// grain state on <see cref="PostgresGrainStorage"/> (committed with its log entries), the log store on
    /// <see cref="PostgresLogStore"/> and reminders through Orleans' ADO.NET provider, shared by every silo (talent pools
    /// follow the same settings: <see cref="HiringTalentExtensions"/>).
    /// </summary>
    public static ISiloBuilder AddHiringStorage(this ISiloBuilder silo, string dataDirectory, ClusterSettings? cluster = null)
    {
        cluster ??= ClusterSettings.Embedded;
        silo.Services.AddHiringLogStore(cluster);
        silo.Services.AddHiringDatabase(dataDirectory);
        silo.AddHiringGrainStorage(StorageNames.Hiring, cluster);
        if (cluster.IsPostgres)
        {
            silo.UseAdoNetReminderService(o =>
            {
                o.Invariant = ClusterSettings.Invariant;
                o.ConnectionString = cluster.PostgresConnectionString;
            });
        }
        else
        {
            silo.AddReminders();
            silo.Services.AddSingleton<IReminderTable, SqliteReminderTable>();
        }

        return silo;
    }

    /// <summary>
    /// In cluster mode, the log store on PostgreSQL in place of the embedded default, which the host may have registered
    /// already (the gateway wires the database before the silo); a store a test registered itself stays.
    /// </summary>
    private static void AddHiringLogStore(this IServiceCollection services, ClusterSettings cluster)
    {
        if (!cluster.IsPostgres)
        {
            return;
        }

        if (services.FirstOrDefault(d => d.ServiceType == typeof(ILogStore) && d.ImplementationType == typeof(SqliteLogStore)) is { } embedded)
        {
            services.Remove(embedded);
        }

        var connectionString = cluster.PostgresConnectionString;
        services.TryAddSingleton<ILogStore>(_ => new PostgresLogStore(connectionString));
    }

    /// <summary>A named grain storage on the store <paramref name="cluster"/> chooses; every Hiring store is registered through here.</summary>
    public static ISiloBuilder AddHiringGrainStorage(this ISiloBuilder silo, string name, ClusterSettings cluster)
    {
        if (!cluster.IsPostgres)
        {
            silo.Services.AddGrainStorage(name, (sp, _) => ActivatorUtilities.CreateInstance<SqliteGrainStorage>(sp));
            return silo;
        }

        // Claimed log entries go to the log store's queue, so the store whose log the grains read must be the one that writes the state.
        silo.Services.AddGrainStorage(name, (sp, _) => ActivatorUtilities.CreateInstance<PostgresGrainStorage>(
            sp,
            sp.GetRequiredService<ILogStore>() as PostgresLogStore
                ?? throw new InvalidOperationException("Cluster mode's grain storage commits log entries with the state, so its log store must be the PostgresLogStore.")));
        return silo;
    }
}
