using System.Globalization;
using Hiring.Gateway.GraphQL.Assistant;
using Hiring.Gateway.GraphQL.Auth;
using Hiring.Gateway.GraphQL.Subscriptions;
using Hiring.Gateway.Tests.GraphQL.Fakes;
using Hiring.Gateway.Tests.Support;

namespace Hiring.Gateway.Benchmarks;

/// <summary>The real gateway on loopback with the in-memory assistant and one API key per recruiter.</summary>
public sealed class BenchHost : IAsyncDisposable
{
    private readonly TempDataDirectory _data;

    private BenchHost(RunningGateway gateway, FakeAssistantWorld world, TempDataDirectory data)
    {
        Gateway = gateway;
        World = world;
        _data = data;
        WebSocketUri = new UriBuilder(new Uri(gateway.Http.BaseAddress!, "/graphql")) { Scheme = "ws" }.Uri;
    }

    public const string Tenant = "bench";

    public RunningGateway Gateway { get; }

    public FakeAssistantWorld World { get; }

    public Uri WebSocketUri { get; }

    public static string Recruiter(int index) => "r" + index.ToString(CultureInfo.InvariantCulture);

    public static string KeyOf(int index) => "bench-key-" + index.ToString(CultureInfo.InvariantCulture);

    public static async Task<BenchHost> StartAsync(int recruiters, bool viaOrleans)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Hiring:Limits:RequestsPerWindow"] = "100000000",
            ["Hiring:Limits:KeepAliveSeconds"] = "0",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        for (var i = 0; i < recruiters; i++)
        {
            var prefix = "Hiring:Auth:ApiKeys:" + i.ToString(CultureInfo.InvariantCulture);
            settings[prefix + ":KeyHash"] = ApiKeyHash.Compute(KeyOf(i));
            settings[prefix + ":Tenant"] = Tenant;
            settings[prefix + ":Recruiter"] = Recruiter(i);
        }

        var world = new FakeAssistantWorld();
        var data = new TempDataDirectory();
        var gateway = await RunningGateway.StartAsync(data.Path, settings, services =>
        {
            services.AddSingleton<IAssistantDirectory>(world);
            if (!viaOrleans)
            {
                services.AddSingleton<IAssistantEventSource>(world);
            }
        });
        return new BenchHost(gateway, world, data);
    }

    public async ValueTask DisposeAsync()
    {
        await Gateway.DisposeAsync();
        _data.Dispose();
    }
}
