using System.Globalization;
using System.Net.Sockets;
using Hiring.Gateway.Hosting;
using Hiring.Gateway.Tests.GraphQL.Fakes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Hiring.Gateway.Tests.Support;

/// <summary>The product host, built exactly as <c>hiring</c> builds it, on free ports and a given data folder.</summary>
public sealed class RunningGateway : IAsyncDisposable
{
    private const int StartAttempts = 3;

    private RunningGateway(WebApplication app, Uri address)
    {
        App = app;
        Http = new HttpClient { BaseAddress = address };
    }

    public WebApplication App { get; }

    public HttpClient Http { get; }

    public IGrainFactory Grains => App.Services.GetRequiredService<IGrainFactory>();

    public static async Task<RunningGateway> StartAsync(
        string dataDirectory, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            var configuration = new Dictionary<string, string?>
            {
                [HiringSettings.DataDir] = dataDirectory,
                [HiringSettings.DemoProfiles] = "0",
                // Kestrel picks its own free port; the silo's ports are probed, and re-probed if another process took one meanwhile.
                ["urls"] = "http://127.0.0.1:0",
                [HiringSettings.SiloPort] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
                [HiringSettings.GatewayPort] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
            };
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                configuration[key] = value;
            }

            var app = GatewayApp.Build([], configuration, s =>
            {
                FakeSupervisor.KeepOutOfTheSilo(s);
                services?.Invoke(s);
            });
            try
            {
                await app.StartAsync();
            }
            catch (Exception e) when (attempt < StartAttempts && IsAddressInUse(e))
            {
                await app.DisposeAsync();
                continue;
            }

            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new RunningGateway(app, new Uri(address));
        }
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }

    private static bool IsAddressInUse(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse }
                || e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
