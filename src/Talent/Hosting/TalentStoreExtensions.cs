using Hiring.Storage;
using Hiring.Talent;
using Hiring.Talent.Import;
using Hiring.Talent.Store;
using Hiring.Talent.Synthetic;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hiring.Talent.Hosting;

/// <summary>Wires the durable talent pools: profile store, importer and synthetic pool.</summary>
public static class TalentStoreExtensions
{
    /// <summary>
    /// Registers the SQLite profile store (<see cref="IProfileStore"/>) and protected-attribute store
    /// (<see cref="IProtectedAttributeStore"/>) unless stores are registered already (cluster mode's), the <see cref="ProfileImporter"/>, the <see cref="SyntheticPoolGenerator"/> and the
    /// <see cref="SyntheticPoolSeeder"/> on the database in <paramref name="dataDirectory"/>. The
    /// importer and seeder index through <see cref="ITalentIndex"/> when one is registered.
    /// </summary>
    public static IServiceCollection AddTalentStore(this IServiceCollection services, string dataDirectory)
    {
        services.AddHiringDatabase(dataDirectory);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ProfileStoreInitializer>();
        services.TryAddSingleton<IProfileStore, SqliteProfileStore>();
        services.TryAddSingleton<IProtectedAttributeStore, SqliteProtectedAttributeStore>();
        services.TryAddSingleton<ProfileImporter>();
        services.TryAddSingleton<SyntheticPoolGenerator>();
        services.TryAddSingleton<SyntheticPoolSeeder>();
        return services;
    }
}
