using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Hiring.Gateway.GraphQL.WebSockets;

namespace Hiring.Gateway.Cli.Load;

/// <summary>One event a subscription delivered, with the Stopwatch timestamp it arrived at.</summary>
public sealed record SeenEvent(string Kind, string? Payload, long ArrivedAt);

/// <summary>
/// A recruiter's <c>assistantEvents</c> subscription over graphql-transport-ws, as the web app holds it: a
/// background reader answers pings, stamps each event as it arrives and queues it for
/// <see cref="WaitForAsync"/>; a close or an error message ends it, and <see cref="Ended"/> says how.
/// </summary>
public sealed class EventSocket : IAsyncDisposable
{
    private const string Subscription = "subscription($after: String) { assistantEvents(after: $after) { cursor kind payload } }";

    private readonly ClientWebSocket _socket;
    private readonly Channel<SeenEvent> _events = Channel.CreateUnbounded<SeenEvent>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
    private readonly CancellationTokenSource _stop = new();
    private Task _reading = Task.CompletedTask;

    private EventSocket(ClientWebSocket socket) => _socket = socket;

    /// <summary>The cursor of the last event delivered: a new subscription resumes after it.</summary>
    public string? Cursor { get; private set; }

    /// <summary>Why the subscription ended (a close code, an error message); null while it is open.</summary>
    public string? Ended { get; private set; }

    /// <summary>Connects, signs in with <c>connection_init</c> and subscribes after <paramref name="after"/> (the log replays from there, then goes on live).</summary>
    public static async Task<EventSocket> OpenAsync(Uri target, string apiKey, string after, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        var events = new EventSocket(socket) { Cursor = after };
        try
        {
            var uri = new UriBuilder(new Uri(target, LoadGraphQL.Path)) { Scheme = target.Scheme == Uri.UriSchemeHttps ? "wss" : "ws" }.Uri;
            await socket.ConnectAsync(uri, cancellationToken);
            await events.SendAsync(new { type = TransportWsMessageTypes.ConnectionInit, payload = new { apiKey } }, cancellationToken);
            var (type, _) = await events.ReceiveAsync(cancellationToken);
            if (type != TransportWsMessageTypes.ConnectionAck)
            {
                throw new LoadException(events.Ended ?? $"{type} instead of connection_ack");
            }

            await events.SendAsync(new { id = "events", type = TransportWsMessageTypes.Subscribe, payload = new { query = Subscription, variables = new { after } } }, cancellationToken);
            events._reading = events.ReadAsync();
            return events;
        }
        catch (WebSocketException e)
        {
            socket.Dispose();
            throw new LoadException($"WebSocket: {e.WebSocketErrorCode}");
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>The arrival time of the first queued event that <paramref name="match"/> accepts; those before it are dropped.</summary>
    public async Task<long> WaitForAsync(Func<SeenEvent, bool> match, CancellationToken cancellationToken)
    {
        while (await _events.Reader.WaitToReadAsync(cancellationToken))
        {
            while (_events.Reader.TryRead(out var seen))
            {
                if (match(seen))
                {
                    return seen.ArrivedAt;
                }
            }
        }

        throw new LoadException(Ended ?? "subscription ended");
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, bound.Token);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException or InvalidOperationException)
            {
                // The node went away, is slow to answer, or the reader is sending a pong: the socket is dropped below either way.
            }
        }

        await _stop.CancelAsync();
        await _reading;
        _socket.Dispose();
        _stop.Dispose();
    }

    private async Task ReadAsync()
    {
        try
        {
            while (true)
            {
                var (type, root) = await ReceiveAsync(_stop.Token);
                switch (type)
                {
                    case TransportWsMessageTypes.Next:
                        var arrived = Stopwatch.GetTimestamp();
                        var data = root.GetProperty("payload").GetProperty("data").GetProperty("assistantEvents");
                        Cursor = data.GetProperty("cursor").GetString();
                        _events.Writer.TryWrite(new SeenEvent(data.GetProperty("kind").GetString() ?? "", data.GetProperty("payload").GetString(), arrived));
                        break;
                    case TransportWsMessageTypes.Ping:
                        await SendAsync(new { type = TransportWsMessageTypes.Pong }, _stop.Token);
                        break;
                    case TransportWsMessageTypes.Error:
                        Ended = "error: " + ErrorCode(root);
                        return;
                    case TransportWsMessageTypes.Complete or null:
                        Ended ??= "completed by the node";
                        return;
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            Ended ??= _stop.IsCancellationRequested ? "closed by the client" : $"WebSocket: {e.GetType().Name}";
        }
        finally
        {
            _events.Writer.TryComplete();
        }
    }

    /// <summary>The next whole message's type and JSON; a close frame is type null, with <see cref="Ended"/> set.</summary>
    private async Task<(string? Type, JsonElement Root)> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[8 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var received = await _socket.ReceiveAsync(buffer, cancellationToken);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                Ended = $"closed {(int?)received.CloseStatus} {received.CloseStatusDescription}".TrimEnd();
                return (null, default);
            }

            message.Write(buffer, 0, received.Count);
            if (received.EndOfMessage)
            {
                var root = JsonSerializer.Deserialize<JsonElement>(message.GetBuffer().AsSpan(0, (int)message.Length));
                return (root.GetProperty("type").GetString(), root);
            }
        }
    }

    private static string ErrorCode(JsonElement root) =>
        root.TryGetProperty("payload", out var payload) && payload.ValueKind == JsonValueKind.Array && payload.GetArrayLength() > 0
        && payload[0].TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var code)
            ? code.GetString() ?? "GRAPHQL_ERROR"
            : "GRAPHQL_ERROR";

    private Task SendAsync(object message, CancellationToken cancellationToken) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(message)), WebSocketMessageType.Text, true, cancellationToken);
}
