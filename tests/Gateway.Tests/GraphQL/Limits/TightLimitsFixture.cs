using Hiring.Gateway.Tests.GraphQL.Support;

namespace Hiring.Gateway.Tests.GraphQL.Limits;

/// <summary>A gateway with small limits, short timers and a tiny subscription buffer.</summary>
public sealed class TightLimitsFixture : IAsyncLifetime
{
    public const int RequestsPerWindow = 20;

    public GraphQLHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await GraphQLHost.StartAsync(new Dictionary<string, string?>
    {
        ["Hiring:Limits:MaxDepth"] = "3",
        ["Hiring:Limits:MaxComplexity"] = "200",
        ["Hiring:Limits:MaxRequestBytes"] = "2048",
        ["Hiring:Limits:MaxSocketMessageBytes"] = "2048",
        ["Hiring:Limits:SubscriptionBuffer"] = "4",
        ["Hiring:Limits:MaxOperationsPerConnection"] = "2",
        ["Hiring:Limits:RequestsPerWindow"] = RequestsPerWindow.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Hiring:Limits:WindowSeconds"] = "3600",
        ["Hiring:Limits:InitTimeoutSeconds"] = "1",
        ["Hiring:Limits:KeepAliveSeconds"] = "1",
    });

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
