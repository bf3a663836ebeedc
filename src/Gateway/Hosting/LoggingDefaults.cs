using Microsoft.Extensions.Configuration.Memory;

namespace Hiring.Gateway.Hosting;

/// <summary>
/// The log levels a new install starts with: our own categories at Information; the frameworks'
/// at Warning (ASP.NET Core's per-request lines, which carry URLs with their query strings;
/// Orleans' options dump; Polly's attempts; HttpClient's request lines). They are the lowest
/// configuration source, so appsettings, environment variables and the command line
/// (<c>--Logging:LogLevel:Orleans=Information</c>) override any of them.
/// </summary>
public static class LoggingDefaults
{
    public static readonly IReadOnlyDictionary<string, string?> Levels = new Dictionary<string, string?>
    {
        ["Logging:LogLevel:Default"] = "Information",
        ["Logging:LogLevel:Microsoft"] = "Warning",
        ["Logging:LogLevel:System"] = "Warning",
        ["Logging:LogLevel:Orleans"] = "Warning",
        ["Logging:LogLevel:Polly"] = "Warning",
    };

    public static WebApplicationBuilder AddLoggingDefaults(this WebApplicationBuilder builder)
    {
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = Levels });
        return builder;
    }
}
