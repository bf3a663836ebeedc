using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hiring.Storage;

/// <summary>Wires the embedded database alone, for commands and services that run without a silo.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>The database and log store on one SQLite file in <paramref name="dataDirectory"/>.</summary>
    public static IServiceCollection AddHiringDatabase(this IServiceCollection services, string dataDirectory)
    {
        services.TryAddSingleton(_ => new SqliteDatabase(dataDirectory));
        services.TryAddSingleton<ILogStore, SqliteLogStore>();
        return services;
    }
}
