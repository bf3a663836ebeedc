using Hiring.Agents.Hosting;

namespace Hiring.Gateway.Hosting;

/// <summary>The product's host: ASP.NET Core with a co-hosted Orleans silo on embedded storage.</summary>
public static class GatewayApp
{
    /// <summary>Builds the host exactly as <c>hiring</c> with no subcommand runs it.</summary>
    public static WebApplication Build(string[] args, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (overrides is not null)
        {
            builder.Configuration.AddInMemoryCollection(overrides);
        }

        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls(HiringSettings.DefaultUrls);
        }

        var dataDir = HiringSettings.ResolveDataDir(builder.Configuration);
        builder.Services.AddHiringDatabase(dataDir);
        builder.Services.AddTalentSearch(dataDir);
        builder.AddHiringTelemetry()
            .AddHiringSilo()
            .AddHiringHealthChecks()
            .AddDemoPool();

        var app = builder.Build();
        app.MapHiringHealth();
        app.MapGet("/", () => Results.Text("Hiring is running. See /healthz and /readyz.", "text/plain"));
        return app;
    }
}
