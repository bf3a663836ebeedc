using System.Threading.Channels;
using Hiring.Contracts.Supervisor;
using Hiring.Gateway.GraphQL.Auth;

namespace Hiring.Gateway.GraphQL.Subscriptions;

/// <summary>
/// One subscriber's ordered view of a recruiter's events. It is registered for live events before
/// it replays, so live events that arrive during replay wait in its bounded buffer; afterwards it
/// drops what the replay already delivered (by sequence) and fills any gap in the live stream from
/// the log. The result: no gap and no duplicate across the switch from replay to live.
/// </summary>
public sealed class EventSubscription
{
    public const int ReplayPageSize = 100;

    private readonly RecruiterIdentity _identity;
    private readonly IAssistantEventSource _source;
    private readonly PayloadCache _payloads;
    private readonly ISubscriptionSink _sink;
    private readonly Channel<AssistantEvent> _live;
    private long? _cursor;
    private bool _overflowed;

    public EventSubscription(RecruiterIdentity identity, long? after, IAssistantEventSource source, PayloadCache payloads, ISubscriptionSink sink, int capacity)
    {
        _identity = identity;
        _cursor = after;
        _source = source;
        _payloads = payloads;
        _sink = sink;
        _live = Channel.CreateBounded<AssistantEvent>(new BoundedChannelOptions(capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
    }

    /// <summary>Called by the recruiter's hub for each live event; never blocks the stream.</summary>
    public void OnLive(AssistantEvent assistantEvent)
    {
        if (!_live.Writer.TryWrite(assistantEvent))
        {
            Overflow();
        }
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (_cursor is not null && !await ReplayAsync(cancellationToken))
        {
            return;
        }

        await foreach (var assistantEvent in _live.Reader.ReadAllAsync(cancellationToken))
        {
            if (assistantEvent.Sequence <= _cursor)
            {
                continue;
            }

            if (assistantEvent.Sequence > _cursor + 1 && !await ReplayAsync(cancellationToken))
            {
                return;
            }

            if (assistantEvent.Sequence > _cursor || _cursor is null)
            {
                if (!await DeliverAsync(assistantEvent))
                {
                    return;
                }
            }
        }
    }

    private async Task<bool> ReplayAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var page = await _source.ReadAfterAsync(_identity, _cursor ?? 0, ReplayPageSize, cancellationToken);
            foreach (var assistantEvent in page.Where(e => e.Sequence > _cursor).OrderBy(e => e.Sequence))
            {
                if (!await DeliverAsync(assistantEvent))
                {
                    return false;
                }
            }

            if (page.Count < ReplayPageSize)
            {
                return true;
            }
        }
    }

    private async Task<bool> DeliverAsync(AssistantEvent assistantEvent)
    {
        var payload = await _payloads.GetAsync(assistantEvent);
        _cursor = assistantEvent.Sequence;
        if (_overflowed || !_sink.TryNext(payload))
        {
            Overflow();
            return false;
        }

        return true;
    }

    private void Overflow()
    {
        _overflowed = true;
        _live.Writer.TryComplete();
        _sink.Overflow();
    }
}
