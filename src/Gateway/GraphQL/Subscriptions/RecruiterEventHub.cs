using System.Collections.Concurrent;
using System.Collections.Immutable;
using Hiring.Contracts.Supervisor;
using Hiring.Gateway.GraphQL.Auth;

namespace Hiring.Gateway.GraphQL.Subscriptions;

/// <summary>
/// All subscribers of one recruiter: a single live subscription, and the payload caches through which
/// each event is resolved once per subscription shape and fanned out.
/// </summary>
/// <remarks>
/// The event log is the durable stream; the live stream is only its doorbell. A live event can be lost
/// (memory streams keep queued events in the memory of one silo, and a silo can die), and a subscriber only
/// notices a gap at the next live event. So while the doorbell stays quiet for <paramref name="logCheck"/>, the
/// hub reads the log after the highest sequence it has seen and hands what it finds to its subscribers, who
/// drop what they already have: a lost event arrives within a check period even when nothing follows it.
/// </remarks>
public sealed class RecruiterEventHub(RecruiterIdentity identity, int payloadCacheCapacity, TimeSpan logCheck, TimeProvider time, ILogger logger) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, PayloadCache> _shapes = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private ImmutableArray<EventSubscription> _subscribers = [];
    private IAsyncDisposable? _live;
    private Task _watch = Task.CompletedTask;
    private long _seen;
    private long _lastLiveTicks;

    public RecruiterIdentity Identity { get; } = identity;

    public int Count => _subscribers.Length;

    public PayloadCache Shape(string shapeKey, Func<AssistantEvent, Task<byte[]>> resolve) =>
        _shapes.GetOrAdd(shapeKey, _ => new PayloadCache(resolve, payloadCacheCapacity));

    public void Add(EventSubscription subscriber) => ImmutableInterlocked.Update(ref _subscribers, s => s.Add(subscriber));

    public void Remove(EventSubscription subscriber) => ImmutableInterlocked.Update(ref _subscribers, s => s.Remove(subscriber));

    /// <summary>Opens the live subscription, then reads where the log stands (what the log checks start after).</summary>
    public async Task StartAsync(IAssistantEventSource source, CancellationToken cancellationToken)
    {
        _lastLiveTicks = time.GetUtcNow().UtcTicks;
        _live = await source.SubscribeLiveAsync(Identity, OnLiveAsync, cancellationToken);
        try
        {
            Raise(await source.LastSequenceAsync(Identity, cancellationToken));
        }
        catch
        {
            await _live.DisposeAsync();
            throw;
        }

        if (logCheck > TimeSpan.Zero)
        {
            _watch = WatchAsync(source, _stopping.Token);
        }
    }

    /// <summary>Stops the log checks and closes the live subscription (the last subscriber left).</summary>
    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _watch;
        _stopping.Dispose();
        if (_live is not null)
        {
            await _live.DisposeAsync();
        }
    }

    private Task OnLiveAsync(AssistantEvent assistantEvent)
    {
        Interlocked.Exchange(ref _lastLiveTicks, time.GetUtcNow().UtcTicks);
        Publish(assistantEvent);
        return Task.CompletedTask;
    }

    private void Publish(AssistantEvent assistantEvent)
    {
        Raise(assistantEvent.Sequence);
        foreach (var subscriber in _subscribers)
        {
            subscriber.OnLive(assistantEvent);
        }
    }

    private async Task WatchAsync(IAssistantEventSource source, CancellationToken stopping)
    {
        using var timer = new PeriodicTimer(logCheck, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stopping))
            {
                var quietFor = time.GetUtcNow() - new DateTimeOffset(Interlocked.Read(ref _lastLiveTicks), TimeSpan.Zero);
                if (quietFor >= logCheck)
                {
                    await CheckLogAsync(source, stopping);
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // The last subscriber left.
        }
    }

    /// <summary>Hands the subscribers whatever the log holds after the highest sequence seen; a failed read waits for the next check.</summary>
    private async Task CheckLogAsync(IAssistantEventSource source, CancellationToken stopping)
    {
        try
        {
            IReadOnlyList<AssistantEvent> page;
            do
            {
                page = await source.ReadAfterAsync(Identity, Interlocked.Read(ref _seen), EventSubscription.ReplayPageSize, stopping);
                foreach (var assistantEvent in page.OrderBy(e => e.Sequence))
                {
                    Publish(assistantEvent);
                }
            }
            while (page.Count == EventSubscription.ReplayPageSize);
        }
        catch (Exception e) when (!stopping.IsCancellationRequested)
        {
            // For example the supervisor's silo died a moment ago: its grain comes back on another one.
            logger.LogInformation(e, "The event log check of {Recruiter} failed; the next check tries again", Identity.RecruiterKey);
        }
    }

    private void Raise(long sequence)
    {
        var seen = Interlocked.Read(ref _seen);
        while (sequence > seen)
        {
            var was = Interlocked.CompareExchange(ref _seen, sequence, seen);
            if (was == seen)
            {
                return;
            }

            seen = was;
        }
    }
}
