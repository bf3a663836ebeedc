using System.Collections.Concurrent;
using Hiring.Contracts.Supervisor;

namespace Hiring.Gateway.GraphQL.Subscriptions;

/// <summary>
/// Resolved payloads of one subscription shape (same document and variables) for one recruiter,
/// by sequence: whoever asks first resolves, everybody else awaits the same task. Bounded.
/// </summary>
public sealed class PayloadCache(Func<AssistantEvent, Task<byte[]>> resolve, int capacity)
{
    private readonly ConcurrentDictionary<long, Lazy<Task<byte[]>>> _entries = new();
    private readonly ConcurrentQueue<long> _order = new();

    public Task<byte[]> GetAsync(AssistantEvent assistantEvent)
    {
        var created = new Lazy<Task<byte[]>>(() => resolve(assistantEvent));
        var entry = _entries.GetOrAdd(assistantEvent.Sequence, created);
        if (ReferenceEquals(entry, created))
        {
            _order.Enqueue(assistantEvent.Sequence);
            while (_order.Count > capacity && _order.TryDequeue(out var oldest))
            {
                _entries.TryRemove(oldest, out _);
            }
        }

        return entry.Value;
    }
}
