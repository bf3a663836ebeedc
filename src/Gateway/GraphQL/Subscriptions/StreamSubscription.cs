using Hiring.Contracts.Supervisor;
using Orleans.Streams;

namespace Hiring.Gateway.GraphQL.Subscriptions;

/// <summary>An Orleans stream subscription that is always unsubscribed (and awaited) on dispose.</summary>
public sealed class StreamSubscription(StreamSubscriptionHandle<AssistantEvent> handle) : IAsyncDisposable
{
    public async ValueTask DisposeAsync() => await handle.UnsubscribeAsync();
}
