using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Hiring.Gateway.GraphQL.Assistant;
using Hiring.Gateway.GraphQL.Auth;
using Hiring.Gateway.GraphQL.Subscriptions;
using Hiring.Gateway.Tests.GraphQL.Fakes;
using Hiring.Gateway.Tests.Support;

namespace Hiring.Gateway.Tests.GraphQL.Support;

/// <summary>
/// The real gateway (Kestrel on a free loopback port, co-hosted silo) with the assistant seams
/// replaced by <see cref="FakeAssistantWorld"/>, and API keys for tenants acme and globex.
/// </summary>
public sealed class GraphQLHost : IAsyncDisposable
{
    public static readonly string[] Tenants = ["acme", "globex"];
    public const int RecruitersPerTenant = 14;

    /// <summary>The recruiter of each tenant who is an operator.</summary>
    public const string Operator = "r11";

    private readonly TempDataDirectory _data;

    private GraphQLHost(RunningGateway gateway, FakeAssistantWorld world, TempDataDirectory data, CapturedLogs logs, GrainCallCounter calls)
    {
        GrainCalls = calls;
        Gateway = gateway;
        World = world;
        _data = data;
        Logs = logs;
        var http = gateway.Http.BaseAddress!;
        GraphQLUri = new Uri(http, "/graphql");
        WebSocketUri = new UriBuilder(GraphQLUri) { Scheme = "ws" }.Uri;
    }

    public RunningGateway Gateway { get; }

    public FakeAssistantWorld World { get; }

    /// <summary>Every call the silo's grains received, by grain and method.</summary>
    public GrainCallCounter GrainCalls { get; }

    /// <summary>What the host logged (through its default filters).</summary>
    public CapturedLogs Logs { get; }

    public Uri GraphQLUri { get; }

    public Uri WebSocketUri { get; }

    public SubscriptionMetrics Metrics => Gateway.App.Services.GetRequiredService<SubscriptionMetrics>();

    public static string KeyOf(string tenant, string recruiter) => $"test-key-{tenant}-{recruiter}";

    /// <param name="settings">Configuration over the defaults.</param>
    /// <param name="orleansEvents">Keep the production event source (supervisor log + Orleans stream) instead of the fake one.</param>
    public static async Task<GraphQLHost> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, bool orleansEvents = false)
    {
        var world = new FakeAssistantWorld();
        var configuration = new Dictionary<string, string?>
        {
            ["Hiring:Limits:KeepAliveSeconds"] = "0",
            // One recruiter of each tenant (Operator) is an operator (OperatorList): the others are refused erasures.
            [$"{OperatorList.Setting}:0"] = $"acme/{Operator}",
            [$"{OperatorList.Setting}:1"] = $"globex/{Operator}",
        };
        var index = 0;
        foreach (var tenant in Tenants)
        {
            for (var r = 0; r < RecruitersPerTenant; r++)
            {
                var prefix = $"{AuthSettings.Section}:ApiKeys:{index++.ToString(CultureInfo.InvariantCulture)}";
                var recruiter = "r" + r.ToString(CultureInfo.InvariantCulture);
                configuration[$"{prefix}:KeyHash"] = ApiKeyHash.Compute(KeyOf(tenant, recruiter));
                configuration[$"{prefix}:Tenant"] = tenant;
                configuration[$"{prefix}:Recruiter"] = recruiter;
            }
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        var data = new TempDataDirectory();
        var logs = new CapturedLogs();
        var calls = new GrainCallCounter();
        var gateway = await RunningGateway.StartAsync(data.Path, configuration, services =>
        {
            services.AddSingleton<IIncomingGrainCallFilter>(calls);
            services.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(logs);
            services.AddSingleton<IAssistantDirectory>(world);
            if (!orleansEvents)
            {
                services.AddSingleton<IAssistantEventSource>(world);
            }
        });
        return new GraphQLHost(gateway, world, data, logs, calls);
    }

    public Task<TransportWsClient> ConnectAsync(string tenant, string recruiter) =>
        TransportWsClient.ConnectAndInitAsync(WebSocketUri, KeyOf(tenant, recruiter));

    public async Task<HttpResponseMessage> PostAsync(string? apiKey, string query, object? variables = null, string accept = "application/json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, GraphQLUri)
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        Authorize(request, apiKey, accept);
        return await Gateway.Http.SendAsync(request);
    }

    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, string? apiKey, string accept = "application/json")
    {
        Authorize(request, apiKey, accept);
        return await Gateway.Http.SendAsync(request);
    }

    /// <summary>POSTs as a recruiter and returns the parsed GraphQL response body.</summary>
    public async Task<JsonElement> QueryAsync(string tenant, string recruiter, string query, object? variables = null)
    {
        using var response = await PostAsync(KeyOf(tenant, recruiter), query, variables);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    public async ValueTask DisposeAsync()
    {
        await Gateway.DisposeAsync();
        _data.Dispose();
    }

    private static void Authorize(HttpRequestMessage request, string? apiKey, string accept)
    {
        if (apiKey is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }

        request.Headers.Accept.ParseAdd(accept);
    }
}
