using Microsoft.Extensions.Configuration;

namespace Hiring.Agents.Cluster;

/// <summary>
/// <c>Hiring:Cluster</c>: embedded (default) or a cluster on PostgreSQL. Read once where the silo is built, so the
/// clustering, the grain storage and the reminders always agree.
/// </summary>
/// <param name="Provider">Where membership, state and reminders live.</param>
/// <param name="ConnectionString">The PostgreSQL connection string (Npgsql format); required for <see cref="ClusterProvider.Postgres"/>.</param>
/// <param name="Kubernetes">Nodes run as pods: their addresses, service and cluster ids come from the pod (Orleans' Kubernetes hosting).</param>
public sealed record ClusterSettings(ClusterProvider Provider, string? ConnectionString, bool Kubernetes = false)
{
    public const string Section = "Hiring:Cluster";
    public const string ProviderKey = Section + ":Provider";
    public const string ConnectionStringKey = Section + ":ConnectionString";
    public const string KubernetesKey = Section + ":Kubernetes";

    /// <summary>The ADO.NET invariant name Orleans' providers load Npgsql by.</summary>
    public const string Invariant = "Npgsql";

    public static readonly ClusterSettings Embedded = new(ClusterProvider.Embedded, null);

    public bool IsPostgres => Provider == ClusterProvider.Postgres;

    /// <summary>The connection string, or a start-up error that names the missing setting.</summary>
    public string PostgresConnectionString => ConnectionString is { Length: > 0 } connection
        ? connection
        : throw new InvalidOperationException($"{ConnectionStringKey} is required when {ProviderKey} is {ClusterProvider.Postgres}");

    /// <summary>Reads and checks the section; an unknown provider or a missing connection string stops the start with the reason.</summary>
    public static ClusterSettings Read(IConfiguration configuration)
    {
        var provider = configuration[ProviderKey] switch
        {
            null or "" => ClusterProvider.Embedded,
            var name when Enum.TryParse<ClusterProvider>(name, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) => parsed,
            var name => throw new InvalidOperationException(
                $"{ProviderKey} is '{name}'; use {ClusterProvider.Embedded} (the default) or {ClusterProvider.Postgres}"),
        };
        var kubernetes = configuration[KubernetesKey] switch
        {
            null or "" => false,
            var value when bool.TryParse(value, out var parsed) => parsed,
            var value => throw new InvalidOperationException($"{KubernetesKey} is '{value}'; use true or false"),
        };
        var settings = new ClusterSettings(provider, configuration[ConnectionStringKey], kubernetes);
        if (settings.IsPostgres)
        {
            _ = settings.PostgresConnectionString;
        }
        else if (kubernetes)
        {
            throw new InvalidOperationException($"{KubernetesKey} needs {ProviderKey}={ClusterProvider.Postgres}: pods share their state through PostgreSQL");
        }

        return settings;
    }
}
