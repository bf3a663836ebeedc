using Hiring.Agents.Hosting;
using Hiring.Gateway.Candidates;
using Hiring.Gateway.GraphQL;
using Hiring.Gateway.Outreach;
using Hiring.Storage;

namespace Hiring.Gateway.Hosting;

/// <summary>The product's host: ASP.NET Core with a co-hosted Orleans silo on embedded storage.</summary>
public static class GatewayApp
{
    /// <summary>Builds the host exactly as <c>hiring</c> with no subcommand runs it.</summary>
    /// <param name="args">Command-line configuration (for example --Hiring:Ai:Provider=OpenAI).</param>
    /// <param name="overrides">Configuration that wins over everything else.</param>
    /// <param name="services">Registrations applied before the defaults (tests and benchmarks replace seams here).</param>
    public static WebApplication Build(string[] args, IReadOnlyDictionary<string, string?>? overrides = null, Action<IServiceCollection>? services = null)
    {
        // The web app ships beside the binary, so it is found whatever the working directory.
        var webRoot = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, WebRootPath = Directory.Exists(webRoot) ? webRoot : null });
        if (overrides is not null)
        {
            builder.Configuration.AddInMemoryCollection(overrides);
        }

        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls(HiringSettings.DefaultUrls);
        }

        // Telemetry first: it replaces the logging providers, and a caller's own provider (a test's log capture) must survive that.
        builder.AddHiringTelemetry();
        services?.Invoke(builder.Services);
        var dataDir = HiringSettings.ResolveDataDir(builder.Configuration);
        // Explicit, because the command line's termination timeout is derived from it (HiringCommandLine.Invocation).
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = HiringSettings.ShutdownTimeout);
        builder.Services.AddHiringDatabase(dataDir);
        builder.Services.AddHostedService<ReadyAnnouncer>();
        builder
            .AddHiringSilo()
            .AddHiringHealthChecks()
            .AddHiringGraphQL()
            .AddCandidatePage()
            .AddInboundReplies()
            .AddDemoPool()
            .AddHiringDashboardAccess();

        var app = builder.Build();
        // The recruiter web app: static files, no build step.
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapHiringHealth();
        app.MapHiringMetrics();
        app.MapHiringGraphQL();
        app.MapHiringDashboard();
        app.MapCandidatePage();
        app.MapInboundReplies();
        return app;
    }
}
