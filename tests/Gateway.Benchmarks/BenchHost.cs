using System.Globalization;
using Hiring.Gateway.GraphQL.Assistant;
using Hiring.Gateway.GraphQL.Auth;
using Hiring.Gateway.GraphQL.Subscriptions;
using Hiring.Gateway.Tests.GraphQL.Fakes;

namespace Hiring.Gateway.Benchmarks;

/// <summary>
/// The product's benchmark host (<see cref="Cli.Bench.BenchHost"/>) with the in-memory assistant
/// behind the gateway's seams and one API key per recruiter.
/// </summary>
public sealed class BenchHost : IAsyncDisposable
{
    private BenchHost(Cli.Bench.BenchHost host, FakeAssistantWorld world)
    {
        Host = host;
        World = world;
        WebSocketUri = new UriBuilder(new Uri(host.BaseAddress, "/graphql")) { Scheme = "ws" }.Uri;
    }

    public const string Tenant = "bench";

    public Cli.Bench.BenchHost Host { get; }

    public FakeAssistantWorld World { get; }

    public Uri WebSocketUri { get; }

    public IServiceProvider Services => Host.App.Services;

    public IGrainFactory Grains => Services.GetRequiredService<IGrainFactory>();

    public static string Recruiter(int index) => "r" + index.ToString(CultureInfo.InvariantCulture);

    public static string KeyOf(int index) => "bench-key-" + index.ToString(CultureInfo.InvariantCulture);

    public static async Task<BenchHost> StartAsync(int recruiters, bool viaOrleans)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Hiring:Limits:RequestsPerWindow"] = "100000000",
            ["Hiring:Limits:KeepAliveSeconds"] = "0",
        };
        for (var i = 0; i < recruiters; i++)
        {
            var prefix = "Hiring:Auth:ApiKeys:" + i.ToString(CultureInfo.InvariantCulture);
            settings[prefix + ":KeyHash"] = ApiKeyHash.Compute(KeyOf(i));
            settings[prefix + ":Tenant"] = Tenant;
            settings[prefix + ":Recruiter"] = Recruiter(i);
        }

        var world = new FakeAssistantWorld();
        var host = await Cli.Bench.BenchHost.StartAsync(
            services: services =>
            {
                FakeSupervisor.KeepOutOfTheSilo(services);
                services.AddSingleton<IAssistantDirectory>(world);
                if (!viaOrleans)
                {
                    services.AddSingleton<IAssistantEventSource>(world);
                }
            },
            settings: settings);
        return new BenchHost(host, world);
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
