using System.Diagnostics.Metrics;

namespace Hiring.Gateway.GraphQL.Subscriptions;

/// <summary>Counters of the subscription engine, as metrics and as plain numbers for tests and the bench.</summary>
public sealed class SubscriptionMetrics : IDisposable
{
    private readonly Meter _meter = new("Hiring.Gateway.Subscriptions");
    private readonly Counter<long> _resolved;
    private readonly Counter<long> _slow;
    private long _payloadsResolved;
    private long _slowConsumers;

    public SubscriptionMetrics()
    {
        _resolved = _meter.CreateCounter<long>("hiring.gateway.subscription.payloads_resolved");
        _slow = _meter.CreateCounter<long>("hiring.gateway.subscription.slow_consumers");
    }

    public long PayloadsResolved => Interlocked.Read(ref _payloadsResolved);

    public long SlowConsumers => Interlocked.Read(ref _slowConsumers);

    public void PayloadResolved()
    {
        Interlocked.Increment(ref _payloadsResolved);
        _resolved.Add(1);
    }

    public void SlowConsumer()
    {
        Interlocked.Increment(ref _slowConsumers);
        _slow.Add(1);
    }

    public void Dispose() => _meter.Dispose();
}
