namespace Hiring.Gateway.Tests.GraphQL.Support;

/// <summary>One gateway with default limits, shared by the GraphQL test classes of the collection.</summary>
public sealed class GraphQLHostFixture : IAsyncLifetime
{
    public GraphQLHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await GraphQLHost.StartAsync();

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
