using Hiring.Agents.Persistence;
using Hiring.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hiring.Gateway.Hosting;

/// <summary>Ready when the embedded database file opens and answers a query.</summary>
public sealed class StorageReadinessCheck(SqliteDatabase database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await database.IsReachableAsync(cancellationToken)
            ? HealthCheckResult.Healthy($"sqlite {database.FilePath}")
            : HealthCheckResult.Unhealthy($"sqlite {database.FilePath} unreachable");
}
