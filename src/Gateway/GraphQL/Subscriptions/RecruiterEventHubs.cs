using Hiring.Gateway.GraphQL.Auth;
using Hiring.Gateway.GraphQL.Limits;
using Microsoft.Extensions.Options;

namespace Hiring.Gateway.GraphQL.Subscriptions;

/// <summary>
/// The hubs of the recruiters with at least one subscriber. The first subscriber of a recruiter opens
/// the live subscription (after registering, so nothing published meanwhile is missed); the last one
/// to leave disposes it.
/// </summary>
public sealed class RecruiterEventHubs(IAssistantEventSource source, IOptions<LimitSettings> limits, TimeProvider time, ILogger<RecruiterEventHub> logger) : IDisposable
{
    private readonly Dictionary<string, RecruiterEventHub> _hubs = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _gate = new(1, 1);

    public int ActiveRecruiters
    {
        get
        {
            lock (_hubs)
            {
                return _hubs.Count;
            }
        }
    }

    /// <summary>Subscriptions currently joined, over all recruiters.</summary>
    public int Subscribers
    {
        get
        {
            lock (_hubs)
            {
                return _hubs.Values.Sum(h => h.Count);
            }
        }
    }

    public async Task<RecruiterEventHub> JoinAsync(RecruiterIdentity identity, Func<RecruiterEventHub, EventSubscription> subscribe, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var key = identity.RecruiterKey;
            RecruiterEventHub? hub;
            lock (_hubs)
            {
                _hubs.TryGetValue(key, out hub);
            }

            var created = hub is null;
            // Payloads stay cached a few buffers deep, so a subscriber that is behind (up to its buffer) still shares them.
            hub ??= new RecruiterEventHub(identity, limits.Value.SubscriptionBuffer * 4, TimeSpan.FromSeconds(limits.Value.LogCheckSeconds), time, logger);
            hub.Add(subscribe(hub));
            if (created)
            {
                await hub.StartAsync(source, cancellationToken);
                lock (_hubs)
                {
                    _hubs[key] = hub;
                }
            }

            return hub;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    public async Task LeaveAsync(RecruiterEventHub hub, EventSubscription subscriber)
    {
        await _gate.WaitAsync(CancellationToken.None);
        try
        {
            hub.Remove(subscriber);
            if (hub.Count > 0)
            {
                return;
            }

            lock (_hubs)
            {
                _hubs.Remove(hub.Identity.RecruiterKey);
            }

            await hub.DisposeAsync();
        }
        finally
        {
            _gate.Release();
        }
    }
}
