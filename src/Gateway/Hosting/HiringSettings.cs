namespace Hiring.Gateway.Hosting;

/// <summary>Configuration keys and defaults of the host, in one place.</summary>
public static class HiringSettings
{
    public const string DataDir = "Hiring:DataDir";
    public const string SiloPort = "Hiring:Silo:SiloPort";
    public const string GatewayPort = "Hiring:Silo:GatewayPort";
    public const string ServiceId = "Hiring:Silo:ServiceId";
    public const string ClusterId = "Hiring:Silo:ClusterId";
    public const string AdvertisedAddress = "Hiring:Silo:AdvertisedAddress";
    public const string SiloListenPort = "Hiring:Silo:ListenPort";
    public const string Membership = "Hiring:Cluster:Membership";
    public const string Reminders = "Hiring:Cluster:Reminders";
    public const string JsonLogs = "Hiring:Logging:Json";
    public const string DemoProfiles = "Hiring:Demo:Profiles";
    public const string DemoSeed = "Hiring:Demo:Seed";

    public const string DefaultUrls = "http://localhost:5080";
    public const string DefaultDataDir = "data";
    public const int DefaultSiloPort = 11111;
    public const int DefaultGatewayPort = 30000;
    public const string DefaultServiceId = "hiring";
    public const string DefaultClusterId = "hiring-embedded";
    public const string DefaultClusterIdInCluster = "hiring";
    public const int DefaultDemoProfiles = 5000;
    public const int DefaultDemoSeed = 7;

    /// <summary>How long a graceful stop (Ctrl+C, SIGTERM) may take: the web server, then the silo (background work ends, grains deactivate), then storage.</summary>
    public static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(30);

    public static string ResolveDataDir(IConfiguration configuration) =>
        Path.GetFullPath(configuration[DataDir] is { Length: > 0 } dir ? dir : DefaultDataDir);
}
