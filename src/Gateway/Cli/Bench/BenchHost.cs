using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Hiring.Gateway.Hosting;

namespace Hiring.Gateway.Cli.Bench;

/// <summary>The product host on a throw-away data folder and free loopback ports, for benchmarks.</summary>
public sealed class BenchHost : IAsyncDisposable
{
    private BenchHost(WebApplication app, string dataDirectory)
    {
        App = app;
        DataDirectory = dataDirectory;
    }

    public WebApplication App { get; }

    public string DataDirectory { get; }

    public IClusterClient Client => App.Services.GetRequiredService<IClusterClient>();

    public static async Task<BenchHost> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var data = Path.Combine(Path.GetTempPath(), "hiring-bench", Guid.NewGuid().ToString("N"));
        var overrides = new Dictionary<string, string?>
        {
            [HiringSettings.DataDir] = data,
            [HiringSettings.DemoProfiles] = "0",
            ["urls"] = $"http://127.0.0.1:{FreePort()}",
            [HiringSettings.SiloPort] = FreePort().ToString(CultureInfo.InvariantCulture),
            [HiringSettings.GatewayPort] = FreePort().ToString(CultureInfo.InvariantCulture),
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            overrides[key] = value;
        }

        var app = GatewayApp.Build([], overrides);
        await app.StartAsync();
        return new BenchHost(app, data);
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
