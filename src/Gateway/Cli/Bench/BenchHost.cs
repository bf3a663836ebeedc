using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Hiring.Gateway.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Hiring.Gateway.Cli.Bench;

/// <summary>
/// The product host on a throw-away data folder and free loopback ports: the one host every
/// benchmark starts (<c>hiring bench</c> and tests/Gateway.Benchmarks), with settings and
/// services overridden where a benchmark needs it.
/// </summary>
public sealed class BenchHost : IAsyncDisposable
{
    private readonly bool _ownsData;

    private BenchHost(WebApplication app, string dataDirectory, bool ownsData)
    {
        App = app;
        DataDirectory = dataDirectory;
        _ownsData = ownsData;
        BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public WebApplication App { get; }

    public string DataDirectory { get; }

    /// <summary>Where Kestrel listens (http://127.0.0.1:port).</summary>
    public Uri BaseAddress { get; }

    public IClusterClient Client => App.Services.GetRequiredService<IClusterClient>();

    /// <summary>Starts on <paramref name="dataDirectory"/>, or on a temp folder deleted afterwards when null.</summary>
    public static async Task<BenchHost> StartAsync(
        string? dataDirectory = null, Action<IServiceCollection>? services = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var data = dataDirectory ?? Path.Combine(Path.GetTempPath(), "hiring-bench", Guid.NewGuid().ToString("N"));
        var overrides = new Dictionary<string, string?>
        {
            [HiringSettings.DataDir] = data,
            [HiringSettings.DemoProfiles] = "0",
            ["urls"] = "http://127.0.0.1:0",
            [HiringSettings.SiloPort] = FreePort().ToString(CultureInfo.InvariantCulture),
            [HiringSettings.GatewayPort] = FreePort().ToString(CultureInfo.InvariantCulture),
            ["Logging:LogLevel:Default"] = "Warning",
            // A bench unsubscribes from streams whose grains still work (the latency samples' projects): the items that
            // arrive afterwards are dropped by design, and a warning for each buried the figures.
            ["Logging:LogLevel:Orleans.Streams.StreamConsumerExtension"] = "Error",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            overrides[key] = value;
        }

        var app = GatewayApp.Build([], overrides, services);
        await app.StartAsync();
        return new BenchHost(app, data, ownsData: dataDirectory is null);
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (!_ownsData)
        {
            return;
        }

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
