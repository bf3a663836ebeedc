using Hiring.Agents.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Runtime.Hosting;

namespace Hiring.Agents.Hosting;

/// <summary>Wires the embedded SQLite storage: grain state, reminders and the append-only log store.</summary>
public static class HiringStorageExtensions
{
    /// <summary>
    /// Registers grain storage under <see cref="Storage.Hiring"/>, the reminder table and the log
    /// store, all on one SQLite file in <paramref name="dataDirectory"/>.
    /// </summary>
    public static ISiloBuilder AddHiringStorage(this ISiloBuilder silo, string dataDirectory)
    {
        silo.Services.AddHiringDatabase(dataDirectory);
        silo.Services.AddGrainStorage(Storage.Hiring, (sp, _) => ActivatorUtilities.CreateInstance<SqliteGrainStorage>(sp));
        silo.AddReminders();
        silo.Services.AddSingleton<IReminderTable, SqliteReminderTable>();
        return silo;
    }

    /// <summary>The database and log store alone, for commands that run without a silo.</summary>
    public static IServiceCollection AddHiringDatabase(this IServiceCollection services, string dataDirectory)
    {
        services.TryAddSingleton(_ => new SqliteDatabase(dataDirectory));
        services.TryAddSingleton<ILogStore, SqliteLogStore>();
        return services;
    }
}
