using Hiring.Agents.Cluster;
using Hiring.Talent;
using Hiring.Talent.Hosting;
using Hiring.Talent.Search;
using Hiring.Talent.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace Hiring.Agents.Hosting;

/// <summary>Wires the talent pools where <see cref="ClusterSettings"/> keeps them: the embedded SQLite file, or PostgreSQL shared by every node.</summary>
public static class HiringTalentExtensions
{
    /// <summary>The key of the talent stores' PostgreSQL connections in cluster mode.</summary>
    public const string DataSourceKey = "hiring-talent";

    /// <summary>
    /// Registers the talent store (<see cref="TalentStoreExtensions.AddTalentStore"/>); in cluster mode on
    /// <see cref="PostgresProfileStore"/> and <see cref="PostgresProtectedAttributeStore"/>, in place of the embedded
    /// ones a host may have registered before (the gateway and the silo share one container).
    /// </summary>
    public static IServiceCollection AddHiringTalentStore(this IServiceCollection services, string dataDirectory, ClusterSettings cluster)
    {
        if (cluster.IsPostgres)
        {
            foreach (var embedded in services.Where(d => d.ImplementationType == typeof(SqliteProfileStore) || d.ImplementationType == typeof(SqliteProtectedAttributeStore)).ToList())
            {
                services.Remove(embedded);
            }

            var connectionString = cluster.PostgresConnectionString;
            services.TryAddKeyedSingleton(DataSourceKey, (_, _) => NpgsqlDataSource.Create(connectionString));
            services.TryAddSingleton<IProfileStore>(sp => new PostgresProfileStore(DataSource(sp)));
            services.TryAddSingleton<IProtectedAttributeStore>(sp => new PostgresProtectedAttributeStore(DataSource(sp)));
        }

        return services.AddTalentStore(dataDirectory);
    }

    /// <summary>
    /// The talent store and this node's index and search (<see cref="TalentSearchExtensions.AddTalentSearch"/>); in
    /// cluster mode also the <see cref="TalentIndexFollower"/> that keeps the index in step with the shared pools.
    /// </summary>
    public static IServiceCollection AddHiringTalent(this IServiceCollection services, string dataDirectory, ClusterSettings cluster)
    {
        services.AddHiringTalentStore(dataDirectory, cluster);
        services.AddTalentSearch(dataDirectory);
        if (cluster.IsPostgres && !services.Any(d => d.ServiceType == typeof(TalentIndexFollower)))
        {
            services.TryAddSingleton<IProfileChangeFeed>(sp => new PostgresProfileFeed(DataSource(sp)));
            services.TryAddSingleton<TalentFollowOptions>();
            services.AddSingleton<TalentIndexFollower>();
            services.AddHostedService(sp => sp.GetRequiredService<TalentIndexFollower>());
        }

        return services;
    }

    private static NpgsqlDataSource DataSource(IServiceProvider services) => services.GetRequiredKeyedService<NpgsqlDataSource>(DataSourceKey);
}
