using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Hiring.Gateway.Hosting;

/// <summary>
/// Structured logging, and OpenTelemetry traces, metrics and logs. The OTLP exporter is on only
/// when OTEL_EXPORTER_OTLP_ENDPOINT is set, so a laptop run sends nothing anywhere; traces are
/// recorded only then. <c>Hiring:Telemetry:Metrics</c> also serves the metrics at <c>/metrics</c>
/// for a Prometheus scrape (and <c>hiring load</c>, which reads each node's memory there).
/// </summary>
public static class TelemetryExtensions
{
    public const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string MetricsEndpointSetting = "Hiring:Telemetry:Metrics";
    public const string MetricsPath = "/metrics";

    public static WebApplicationBuilder AddHiringTelemetry(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        builder.AddLoggingDefaults();
        if (builder.Configuration.GetValue<bool>(HiringSettings.JsonLogs))
        {
            builder.Logging.AddJsonConsole(o => o.IncludeScopes = true);
        }
        else
        {
            builder.Logging.AddSimpleConsole(o =>
            {
                o.SingleLine = true;
                o.TimestampFormat = "HH:mm:ss ";
            });
        }

        var exportOtlp = !string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointVariable]);
        var serveMetrics = builder.Configuration.GetValue<bool>(MetricsEndpointSetting);
        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("hiring"))
            .WithMetrics(metrics =>
            {
                // System.Runtime is .NET's own meter: the process's memory, GC and thread pool.
                metrics.AddMeter("Microsoft.Orleans", "Hiring.*", "System.Runtime")
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation();
                if (exportOtlp)
                {
                    metrics.AddOtlpExporter();
                }

                if (serveMetrics)
                {
                    metrics.AddPrometheusExporter();
                }
            });
        if (exportOtlp)
        {
            // Traces only when they go somewhere: a listening tracer records an activity for every grain
            // call, about a fifth of what a supervisor message allocated when nothing exported them.
            otel.WithTracing(tracing => tracing
                    .AddSource("Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application", "Hiring.*")
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddOtlpExporter())
                .WithLogging(logging => logging.AddOtlpExporter());
        }

        return builder;
    }

    /// <summary>Serves <c>/metrics</c> (Prometheus text) when <c>Hiring:Telemetry:Metrics</c> is on; unauthenticated, like /healthz, so only on a trusted network.</summary>
    public static WebApplication MapHiringMetrics(this WebApplication app)
    {
        if (app.Configuration.GetValue<bool>(MetricsEndpointSetting))
        {
            app.MapPrometheusScrapingEndpoint(MetricsPath);
        }

        return app;
    }
}
