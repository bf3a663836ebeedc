using System.Threading.Channels;

namespace Hiring.Talent.Search;

/// <summary>
/// Profiles waiting for a vector. Indexing enqueues and returns; the background worker drains.
/// <see cref="WhenDrainedAsync"/> lets callers (tests, the rebuild command) wait for the work.
/// </summary>
public sealed class EmbeddingQueue
{
    private readonly Channel<EmbeddingJob> _channel = Channel.CreateUnbounded<EmbeddingJob>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock _gate = new();
    private long _pending;
    private TaskCompletionSource _drained = Completed();

    public long Pending => Interlocked.Read(ref _pending);

    internal ChannelReader<EmbeddingJob> Reader => _channel.Reader;

    public void Enqueue(EmbeddingJob job)
    {
        lock (_gate)
        {
            if (_pending++ == 0)
            {
                _drained = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }

        _channel.Writer.TryWrite(job);
    }

    /// <summary>Completes once every job enqueued so far is done.</summary>
    public Task WhenDrainedAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return _drained.Task.WaitAsync(cancellationToken);
        }
    }

    internal void MarkDone(int count)
    {
        lock (_gate)
        {
            _pending -= count;
            if (_pending == 0)
            {
                _drained.TrySetResult();
            }
        }
    }

    private static TaskCompletionSource Completed()
    {
        var source = new TaskCompletionSource();
        source.SetResult();
        return source;
    }
}
