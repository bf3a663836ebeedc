using System.Text.Json;
using Hiring.Agents.Cluster;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hiring.Gateway.Hosting;

/// <summary>/healthz answers while the process is up; /readyz when the silo and storage are (and, in cluster mode, PostgreSQL with its schema).</summary>
public static class HealthExtensions
{
    private const string ReadyTag = "ready";

    public static WebApplicationBuilder AddHiringHealthChecks(this WebApplicationBuilder builder)
    {
        var checks = builder.Services.AddHealthChecks()
            .AddCheck<SiloReadinessCheck>("silo", tags: [ReadyTag])
            .AddCheck<StorageReadinessCheck>("storage", tags: [ReadyTag]);
        if (ClusterSettings.Read(builder.Configuration) is { IsPostgres: true } cluster)
        {
            // Membership, grain state and reminders live there: a node that cannot reach it must not take traffic.
            checks.AddTypeActivatedCheck<ClusterDatabaseReadinessCheck>("cluster-database", failureStatus: null, tags: [ReadyTag], args: [cluster]);
        }

        return builder;
    }

    public static WebApplication MapHiringHealth(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = WriteAsync });
        return app;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }
}
