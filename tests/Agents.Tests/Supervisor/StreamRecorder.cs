using System.Collections.Concurrent;
using Hiring.Agents.Streaming;
using Hiring.Contracts.Supervisor;
using Orleans.Streams;

namespace Hiring.Agents.Tests.Supervisor;

/// <summary>Records what arrives on a recruiter's live event stream.</summary>
public sealed class StreamRecorder : IAsyncDisposable
{
    private readonly ConcurrentQueue<AssistantEvent> _events = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private StreamSubscriptionHandle<AssistantEvent>? _handle;

    public IReadOnlyList<AssistantEvent> Events => [.. _events];

    public static async Task<StreamRecorder> SubscribeAsync(IClusterClient client, string recruiterKey)
    {
        var recorder = new StreamRecorder();
        var stream = client.GetStreamProvider(AssistantStreams.Provider).GetStream<AssistantEvent>(AssistantStreams.ForRecruiter(recruiterKey));
        recorder._handle = await stream.SubscribeAsync((e, _) =>
        {
            recorder._events.Enqueue(e);
            recorder._arrived.Release();
            return Task.CompletedTask;
        });
        return recorder;
    }

    /// <summary>Waits until an event matching <paramref name="match"/> has arrived and returns it.</summary>
    public async Task<AssistantEvent> WaitForAsync(Func<AssistantEvent, bool> match, string what, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            if (_events.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            try
            {
                await _arrived.WaitAsync(cts.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"No {what} on the stream; saw: {string.Join(", ", _events.Select(e => $"{e.Sequence}:{e.Kind}"))}");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_handle is not null)
        {
            await _handle.UnsubscribeAsync();
        }

        _arrived.Dispose();
    }
}
