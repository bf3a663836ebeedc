using Hiring.Gateway.Hosting;

namespace Hiring.Gateway.Tests.Support;

/// <summary>The product host, built exactly as <c>hiring</c> builds it, on free ports and a given data folder.</summary>
public sealed class RunningGateway : IAsyncDisposable
{
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
        var url = $"http://127.0.0.1:{FreePort.Next()}";
        var configuration = new Dictionary<string, string?>
        {
            [HiringSettings.DataDir] = dataDirectory,
            ["urls"] = url,
            [HiringSettings.SiloPort] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            [HiringSettings.GatewayPort] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        var app = GatewayApp.Build([], configuration, services);
        await app.StartAsync();
        return new RunningGateway(app, new Uri(url));
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
