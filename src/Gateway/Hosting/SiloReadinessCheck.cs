using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hiring.Gateway.Hosting;

/// <summary>Ready when the co-hosted silo has joined its cluster and is active.</summary>
public sealed class SiloReadinessCheck(ISiloStatusOracle oracle) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(oracle.CurrentStatus == SiloStatus.Active
            ? HealthCheckResult.Healthy("silo active")
            : HealthCheckResult.Unhealthy($"silo {oracle.CurrentStatus}"));
}
