using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Hiring.Gateway.GraphQL.Auth;
using static Hiring.Gateway.GraphQL.WebSockets.TransportWsMessageTypes;

namespace Hiring.Gateway.GraphQL.WebSockets;

/// <summary>
/// One graphql-transport-ws connection: the protocol's state machine and close codes, a receive loop
/// with a per-message size limit, and one writer draining a bounded outbox (a full outbox closes the
/// connection as a slow consumer instead of growing memory).
/// </summary>
public sealed class GraphQLWsConnection : IDisposable
{
    private static readonly TimeSpan CloseGrace = TimeSpan.FromSeconds(5);

    private readonly WebSocket _socket;
    private readonly WsConnectionServices _services;
    private readonly RecruiterIdentity? _upgradeIdentity;
    private readonly Channel<byte[]> _outbox;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly CancellationTokenSource _lifetime = new();
    private readonly CancellationTokenSource _receiveAbort = new();
    private readonly ConcurrentDictionary<string, WsOperation> _operations = new(StringComparer.Ordinal);
    private readonly WsOperationRunner _runner;
    private RecruiterIdentity? _identity;
    private bool _initReceived;
    private int _closing;

    public GraphQLWsConnection(WebSocket socket, WsConnectionServices services, RecruiterIdentity? upgradeIdentity)
    {
        _socket = socket;
        _services = services;
        _upgradeIdentity = upgradeIdentity;
        _outbox = Channel.CreateBounded<byte[]>(new BoundedChannelOptions(services.Limits.SubscriptionBuffer) { SingleReader = true });
        _runner = new WsOperationRunner(this, services);
    }

    public async Task RunAsync(CancellationToken requestAborted)
    {
        using var aborted = requestAborted.Register(_receiveAbort.Cancel);
        var writer = WriteLoopAsync();
        _ = CloseUnlessInitialisedAsync();
        try
        {
            await ReceiveLoopAsync();
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // The peer vanished; nothing left to tell it.
        }
        finally
        {
            await _lifetime.CancelAsync();
            _outbox.Writer.TryComplete();
            await writer;
            if (_socket.State == WebSocketState.CloseReceived && Interlocked.Exchange(ref _closing, 1) == 0)
            {
                await SendCloseAsync(WebSocketCloseStatus.NormalClosure, null);
            }
        }
    }

    public bool TryQueue(byte[] frame) => Volatile.Read(ref _closing) == 1 || _outbox.Writer.TryWrite(frame) || CloseSlowConsumerAndFail();

    public void CloseSlowConsumer()
    {
        _services.Metrics.SlowConsumer();
        Close(TransportWsCloseCodes.SlowConsumer, TransportWsCloseCodes.SlowConsumerReason);
    }

    public void Close(int code, string reason)
    {
        if (Interlocked.Exchange(ref _closing, 1) == 1)
        {
            return;
        }

        _lifetime.Cancel();
        _ = SendCloseAsync((WebSocketCloseStatus)code, reason);
    }

    public void Forget(WsOperation operation) => ((ICollection<KeyValuePair<string, WsOperation>>)_operations).Remove(new(operation.Id, operation));

    public void Dispose()
    {
        _lifetime.Dispose();
        _receiveAbort.Dispose();
        _sendLock.Dispose();
    }

    public RecruiterIdentity Identity => _identity ?? throw new InvalidOperationException("Not acknowledged.");

    private bool CloseSlowConsumerAndFail()
    {
        CloseSlowConsumer();
        return false;
    }

    private async Task ReceiveLoopAsync()
    {
        var limit = _services.Limits.MaxSocketMessageBytes;
        var buffer = new byte[Math.Min(limit, 16 * 1024) + 1];
        using var message = new MemoryStream();
        while (true)
        {
            var received = await _socket.ReceiveAsync(buffer.AsMemory(), _receiveAbort.Token);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return;
            }

            message.Write(buffer, 0, received.Count);
            if (message.Length > limit)
            {
                Close(TransportWsCloseCodes.MessageTooBig, "message too big");
                message.SetLength(0);
                continue;
            }

            if (!received.EndOfMessage)
            {
                continue;
            }

            if (Volatile.Read(ref _closing) == 0)
            {
                await OnMessageAsync(received.MessageType, message.GetBuffer().AsMemory(0, (int)message.Length));
            }

            message.SetLength(0);
        }
    }

    private async Task OnMessageAsync(WebSocketMessageType messageType, ReadOnlyMemory<byte> bytes)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes);
        }
        catch (JsonException)
        {
            Close(TransportWsCloseCodes.BadRequest, "Invalid message received");
            return;
        }

        using (document)
        {
            var root = document.RootElement;
            var type = messageType == WebSocketMessageType.Text && root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            switch (type)
            {
                case ConnectionInit:
                    await InitAsync(root);
                    break;
                case Ping:
                    await SendNowAsync(TransportWsFrames.Of(Pong));
                    break;
                case Pong:
                    break;
                case Subscribe:
                    StartOperation(root);
                    break;
                case Complete when IdOf(root) is { } id:
                    if (_operations.TryRemove(id, out var operation))
                    {
                        operation.Stop();
                    }

                    break;
                default:
                    Close(TransportWsCloseCodes.BadRequest, "Invalid message received");
                    break;
            }
        }
    }

    private async Task InitAsync(JsonElement message)
    {
        if (_initReceived)
        {
            Close(TransportWsCloseCodes.TooManyInitialisationRequests, "Too many initialisation requests");
            return;
        }

        _initReceived = true;
        var credential = InitPayloadCredential.From(message);
        var identity = credential is null ? _upgradeIdentity : await _services.Authenticator.AuthenticateAsync(credential);
        if (identity is null)
        {
            Close(TransportWsCloseCodes.Forbidden, "Forbidden");
            return;
        }

        _identity = identity;
        await SendNowAsync(TransportWsFrames.Of(ConnectionAck));
        _ = KeepAliveAsync();
    }

    private void StartOperation(JsonElement message)
    {
        if (_identity is null)
        {
            Close(TransportWsCloseCodes.Unauthorized, "Unauthorized");
            return;
        }

        if (IdOf(message) is not { } id || !message.TryGetProperty("payload", out var payload) || payload.ValueKind != JsonValueKind.Object)
        {
            Close(TransportWsCloseCodes.BadRequest, "Invalid message received");
            return;
        }

        if (_operations.Count >= _services.Limits.MaxOperationsPerConnection && !_operations.ContainsKey(id))
        {
            TryQueue(TransportWsFrames.Of(Error, id, Encoding.UTF8.GetBytes(Http.GraphQLErrorResponse.Errors(
                Http.ErrorCodes.TooManyOperations, $"At most {_services.Limits.MaxOperationsPerConnection} operations per connection."))));
            return;
        }

        var operation = new WsOperation(id, this, _lifetime.Token);
        if (!_operations.TryAdd(id, operation))
        {
            operation.Dispose();
            Close(TransportWsCloseCodes.SubscriberAlreadyExists, $"Subscriber for {id} already exists");
            return;
        }

        _ = _runner.RunAsync(operation, payload.Clone());
    }

    private static string? IdOf(JsonElement message) =>
        message.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 } value ? value : null;

    private async Task CloseUnlessInitialisedAsync()
    {
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(_services.Limits.InitTimeoutSeconds), _lifetime.Token);
            if (!_initReceived)
            {
                Close(TransportWsCloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout");
            }
        }
        catch (OperationCanceledException)
        {
            // Closed before the deadline.
        }
    }

    private async Task KeepAliveAsync()
    {
        if (_services.Limits.KeepAliveSeconds <= 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(_services.Limits.KeepAliveSeconds));
        try
        {
            while (await timer.WaitForNextTickAsync(_lifetime.Token))
            {
                await SendNowAsync(TransportWsFrames.Of(Ping));
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // The connection ended.
        }
    }

    private async Task WriteLoopAsync()
    {
        try
        {
            while (await _outbox.Reader.WaitToReadAsync(_lifetime.Token))
            {
                while (Volatile.Read(ref _closing) == 0 && _outbox.Reader.TryRead(out var frame))
                {
                    await SendNowAsync(frame);
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // Closing: whatever is still queued is dropped on purpose.
        }
    }

    private async Task SendNowAsync(byte[] frame)
    {
        await _sendLock.WaitAsync(_lifetime.Token);
        try
        {
            // Never cancel a send half-way: that aborts the socket and the client would get no close code.
            await _socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private async Task SendCloseAsync(WebSocketCloseStatus status, string? reason)
    {
        // A writer blocked on a client that reads nothing holds the lock; after the grace period give up and abort.
        if (!await _sendLock.WaitAsync(CloseGrace))
        {
            _socket.Abort();
            return;
        }

        try
        {
            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await _socket.CloseOutputAsync(status, reason, CancellationToken.None);
            }
        }
        catch (WebSocketException)
        {
            // Already gone.
        }
        finally
        {
            _sendLock.Release();
            _receiveAbort.CancelAfter(CloseGrace);
        }
    }
}
