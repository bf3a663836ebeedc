using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Hiring.Gateway.Tests.GraphQL.Support;

/// <summary>A graphql-transport-ws client over <see cref="ClientWebSocket"/>, reading one message at a time.</summary>
public sealed class TransportWsClient : IAsyncDisposable
{
    public const string Protocol = "graphql-transport-ws";

    private readonly ClientWebSocket _socket;
    private readonly HttpMessageInvoker? _invoker;

    private TransportWsClient(ClientWebSocket socket, HttpMessageInvoker? invoker = null)
    {
        _socket = socket;
        _invoker = invoker;
    }

    public WebSocketState State => _socket.State;

    public static async Task<TransportWsClient> ConnectAsync(Uri uri, string? subprotocol = Protocol, int receiveBuffer = 16 * 1024)
    {
        var socket = new ClientWebSocket();
        if (subprotocol is not null)
        {
            socket.Options.AddSubProtocol(subprotocol);
        }

        socket.Options.SetBuffer(receiveBuffer, 16 * 1024);
        await socket.ConnectAsync(uri, CancellationToken.None);
        return new TransportWsClient(socket);
    }

    /// <summary>
    /// Connects over a TCP socket whose kernel receive buffer is <paramref name="socketReceiveBytes"/>
    /// (fixed, so the kernel does not grow it): a client that stops reading blocks the server's sends
    /// after a few kilobytes instead of megabytes.
    /// </summary>
    public static async Task<TransportWsClient> ConnectWithSmallSocketBufferAsync(Uri uri, int socketReceiveBytes)
    {
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellationToken) =>
            {
                var tcp = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true, ReceiveBufferSize = socketReceiveBytes };
                try
                {
                    await tcp.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(tcp, ownsSocket: true);
                }
                catch
                {
                    tcp.Dispose();
                    throw;
                }
            },
        };
        var invoker = new HttpMessageInvoker(handler);
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol(Protocol);
        await socket.ConnectAsync(uri, invoker, CancellationToken.None);
        return new TransportWsClient(socket, invoker);
    }

    public static async Task<TransportWsClient> ConnectAndInitAsync(Uri uri, string apiKey, int? socketReceiveBytes = null)
    {
        var client = socketReceiveBytes is { } bytes ? await ConnectWithSmallSocketBufferAsync(uri, bytes) : await ConnectAsync(uri);
        await client.SendAsync(new { type = "connection_init", payload = new { apiKey } });
        var ack = await client.ReceiveAsync();
        Assert.Equal("connection_ack", ack.Type);
        return client;
    }

    public Task SendAsync(object message) => SendTextAsync(JsonSerializer.Serialize(message));

    public Task SendTextAsync(string text) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>Sends bytes as one frame of the given type, whatever they hold (for tests of what the server does with bad frames).</summary>
    public Task SendRawAsync(byte[] bytes, WebSocketMessageType type) =>
        _socket.SendAsync(bytes, type, true, CancellationToken.None);

    /// <summary>
    /// Reads until the server closes or says nothing for <paramref name="quiet"/>; returns the close (or null when it
    /// stayed open). Stopping a read aborts the socket, so the client is done with afterwards.
    /// </summary>
    public async Task<WsReceived?> ReceiveUntilQuietAsync(TimeSpan quiet)
    {
        var buffer = new byte[16 * 1024];
        while (_socket.State is WebSocketState.Open or WebSocketState.CloseSent)
        {
            using var bound = new CancellationTokenSource(quiet);
            WebSocketReceiveResult received;
            try
            {
                received = await _socket.ReceiveAsync(buffer, bound.Token);
            }
            catch (OperationCanceledException)
            {
                return null;
            }

            if (received.MessageType == WebSocketMessageType.Close)
            {
                return new WsReceived(null, null, default, received.CloseStatus, received.CloseStatusDescription);
            }
        }

        return null;
    }

    public Task SubscribeAsync(string id, string query, object? variables = null) =>
        SendAsync(new { id, type = "subscribe", payload = new { query, variables } });

    public async Task<WsReceived> ReceiveAsync()
    {
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var message = new MemoryStream();
        var buffer = new byte[16 * 1024];
        while (true)
        {
            var received = await _socket.ReceiveAsync(buffer, bound.Token);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                if (_socket.State == WebSocketState.CloseReceived)
                {
                    try
                    {
                        await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                    }
                    catch (WebSocketException)
                    {
                        // The server stopped waiting for our answer (a client that read late); what it said stands.
                    }
                }

                return new WsReceived(null, null, default, received.CloseStatus, received.CloseStatusDescription);
            }

            message.Write(buffer, 0, received.Count);
            if (received.EndOfMessage)
            {
                using var document = JsonDocument.Parse(message.ToArray());
                var root = document.RootElement.Clone();
                return new WsReceived(
                    root.GetProperty("type").GetString(),
                    root.TryGetProperty("id", out var id) ? id.GetString() : null,
                    root.TryGetProperty("payload", out var payload) ? payload : default);
            }
        }
    }

    /// <summary>Reads past protocol messages until the server closes.</summary>
    public async Task<WsReceived> ReceiveCloseAsync()
    {
        while (true)
        {
            var received = await ReceiveAsync();
            if (received.CloseStatus is not null)
            {
                return received;
            }
        }
    }

    /// <summary>The next <paramref name="count"/> <c>next</c> messages of one operation, skipping pings.</summary>
    public async Task<List<WsReceived>> ReceiveNextsAsync(string id, int count)
    {
        var nexts = new List<WsReceived>();
        while (nexts.Count < count)
        {
            var received = await ReceiveAsync();
            Assert.Null(received.CloseStatus);
            if (received.Type == "next" && received.Id == id)
            {
                nexts.Add(received);
            }
            else
            {
                Assert.True(received.Type is "ping" or "next", $"unexpected {received.Type}");
            }
        }

        return nexts;
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
            }
            catch (WebSocketException)
            {
                // The server already went away.
            }
        }

        _socket.Dispose();
        _invoker?.Dispose();
    }
}
