using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Hiring.Agents.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hiring.Evals.Suites.Dialogue;

/// <summary>
/// A real Orleans silo in this process with the product's wiring (<c>AddHiringAgents</c>: SQLite
/// storage, streams, reasoning, intake, sourcing, evaluation) on a temp folder and free loopback
/// ports, deleted when disposed.
/// </summary>
public sealed class DialogueSilo : IAsyncDisposable
{
    private readonly IHost _host;

    private DialogueSilo(IHost host, string dataDirectory)
    {
        _host = host;
        DataDirectory = dataDirectory;
    }

    public string DataDirectory { get; }

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    /// <summary>The silo's services.</summary>
    public IServiceProvider Services => _host.Services;

    /// <param name="configuration">The product's settings.</param>
    /// <param name="cancellationToken">Stops the start.</param>
    /// <param name="clock">The silo's clock, when not the real one (memory cases that run over several days).</param>
    public static async Task<DialogueSilo> StartAsync(IConfiguration configuration, CancellationToken cancellationToken, TimeProvider? clock = null)
    {
        var data = Path.Combine(Path.GetTempPath(), "hiring-eval", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(data);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddConfiguration(configuration);
        builder.Logging.ClearProviders();
        if (clock is not null)
        {
            // Registered before the product's wiring, which only adds the real clock when none is there.
            builder.Services.AddSingleton(clock);
        }

        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(
                siloPort: FreePort(),
                gatewayPort: FreePort(),
                serviceId: "hiring-eval",
                clusterId: string.Create(CultureInfo.InvariantCulture, $"eval-{Environment.ProcessId}"));
            silo.AddHiringAgents(data, builder.Configuration);
        });
        var host = builder.Build();
        try
        {
            await host.StartAsync(cancellationToken);
        }
        catch
        {
            host.Dispose();
            Delete(data);
            throw;
        }

        return new DialogueSilo(host, data);
    }

    public async ValueTask DisposeAsync()
    {
        // The silo stops its grains before the storage they write to goes away.
        await _host.StopAsync();
        _host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Delete(DataDirectory);
    }

    private static void Delete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
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
