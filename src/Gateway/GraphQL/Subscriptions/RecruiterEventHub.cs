using System.Collections.Concurrent;
using System.Collections.Immutable;
using Hiring.Contracts.Supervisor;
using Hiring.Gateway.GraphQL.Auth;

namespace Hiring.Gateway.GraphQL.Subscriptions;

/// <summary>
/// All subscribers of one recruiter: a single live subscription, and the payload caches through which
/// each event is resolved once per subscription shape and fanned out.
/// </summary>
public sealed class RecruiterEventHub(RecruiterIdentity identity, int payloadCacheCapacity)
{
    private readonly ConcurrentDictionary<string, PayloadCache> _shapes = new(StringComparer.Ordinal);
    private ImmutableArray<EventSubscription> _subscribers = [];
    private IAsyncDisposable? _live;

    public RecruiterIdentity Identity { get; } = identity;

    public int Count => _subscribers.Length;

    public PayloadCache Shape(string shapeKey, Func<AssistantEvent, Task<byte[]>> resolve) =>
        _shapes.GetOrAdd(shapeKey, _ => new PayloadCache(resolve, payloadCacheCapacity));

    public void Add(EventSubscription subscriber) => ImmutableInterlocked.Update(ref _subscribers, s => s.Add(subscriber));

    public void Remove(EventSubscription subscriber) => ImmutableInterlocked.Update(ref _subscribers, s => s.Remove(subscriber));

    public async Task StartAsync(IAssistantEventSource source, CancellationToken cancellationToken) =>
        _live = await source.SubscribeLiveAsync(Identity, Publish, cancellationToken);

    public async ValueTask StopAsync()
    {
        if (_live is not null)
        {
            await _live.DisposeAsync();
        }
    }

    private Task Publish(AssistantEvent assistantEvent)
    {
        foreach (var subscriber in _subscribers)
        {
            subscriber.OnLive(assistantEvent);
        }

        return Task.CompletedTask;
    }
}
