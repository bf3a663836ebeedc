using Hiring.Agents.Cluster;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hiring.Gateway.Hosting;

/// <summary>In cluster mode, ready when the shared PostgreSQL answers and holds the cluster schema.</summary>
public sealed class ClusterDatabaseReadinessCheck(ClusterSettings cluster) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await PostgresSchema.ProblemAsync(cluster.PostgresConnectionString, cancellationToken) is { } problem
            ? HealthCheckResult.Unhealthy($"postgres: {problem}")
            : HealthCheckResult.Healthy("postgres: schema present");
}
