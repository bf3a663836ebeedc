using Hiring.Agents.Persistence;
using Hiring.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Runtime.Hosting;

namespace Hiring.Agents.Hosting;

/// <summary>Wires the embedded SQLite storage: grain state, reminders and the append-only log store.</summary>
public static class HiringStorageExtensions
{
    /// <summary>
    /// Registers grain storage under <see cref="StorageNames.Hiring"/>, the reminder table and the log
    /// store, all on one SQLite file in <paramref name="dataDirectory"/>.
    /// </summary>
    public static ISiloBuilder AddHiringStorage(this ISiloBuilder silo, string dataDirectory)
    {
        silo.Services.AddHiringDatabase(dataDirectory);
        silo.Services.AddGrainStorage(StorageNames.Hiring, (sp, _) => ActivatorUtilities.CreateInstance<SqliteGrainStorage>(sp));
        silo.AddReminders();
        silo.Services.AddSingleton<IReminderTable, SqliteReminderTable>();
        return silo;
    }
}
