using System.Globalization;
using System.Net.WebSockets;
using Hiring.Gateway.Tests.GraphQL.Support;

namespace Hiring.Gateway.Tests.Cluster;

/// <summary>
/// An <c>assistantEvents</c> subscription over graphql-transport-ws that records every event's sequence as it
/// arrives, until the server completes it or the connection dies (its node was killed).
/// </summary>
public sealed class RecordedSubscription : IAsyncDisposable
{
    private const string Id = "events";
    private const string Query = "subscription($after: String) { assistantEvents(after: $after) { cursor } }";

    private readonly TransportWsClient _client;
    private readonly List<long> _sequences = [];
    private readonly Task _reading;

    private RecordedSubscription(TransportWsClient client)
    {
        _client = client;
        _reading = Task.Run(ReadAsync);
    }

    /// <summary>What ended the reading (a dead connection's exception, or a message it did not expect); null while it reads.</summary>
    public string? EndedBy { get; private set; }

    public IReadOnlyList<long> Sequences
    {
        get
        {
            lock (_sequences)
            {
                return [.. _sequences];
            }
        }
    }

    /// <summary>The cursor a client resumes from: the last sequence received (0 before any).</summary>
    public long Cursor => Sequences is [.., var last] ? last : 0;

    /// <summary>Connects to <paramref name="endpoint"/> and subscribes to the events after <paramref name="after"/>.</summary>
    public static async Task<RecordedSubscription> StartAsync(Uri endpoint, string apiKey, long after)
    {
        var client = await TransportWsClient.ConnectAndInitAsync(endpoint, apiKey);
        await client.SubscribeAsync(Id, Query, new { after = after.ToString(CultureInfo.InvariantCulture) });
        return new RecordedSubscription(client);
    }

    /// <summary>Waits until the connection is gone (its node died).</summary>
    public Task EndedAsync(TimeSpan timeout) => _reading.WaitAsync(timeout);

    public async ValueTask DisposeAsync()
    {
        await _client.DisposeAsync();
        await _reading;
    }

    private async Task ReadAsync()
    {
        try
        {
            while (true)
            {
                var received = await _client.ReceiveAsync();
                if (received is { Type: "next", Id: Id })
                {
                    lock (_sequences)
                    {
                        _sequences.Add(received.Sequence);
                    }
                }
                else if (received.Type != "ping")
                {
                    EndedBy = received.CloseStatus is { } status ? $"close {status}" : $"{received.Type}: {received.Payload}";
                    return;
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException or IOException)
        {
            EndedBy = e.GetType().Name + ": " + e.Message;
        }
    }
}
