using System.Net.WebSockets;
using System.Threading.Channels;

namespace Hiring.Gateway.GraphQL.WebSockets;

/// <summary>
/// The socket side of a connection: a receive loop that enforces the per-message size limit, one
/// writer draining a bounded outbox, direct sends for control messages, and the close handshake.
/// </summary>
public sealed class WsTransport : IDisposable
{
    private static readonly TimeSpan CloseGrace = TimeSpan.FromSeconds(5);

    private readonly WebSocket _socket;
    private readonly int _maxMessageBytes;
    private readonly Channel<byte[]> _outbox;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly CancellationTokenSource _lifetime = new();
    private readonly CancellationTokenSource _receiveAbort = new();
    private int _closing;

    public WsTransport(WebSocket socket, int outboxCapacity, int maxMessageBytes)
    {
        _socket = socket;
        _maxMessageBytes = maxMessageBytes;
        _outbox = Channel.CreateBounded<byte[]>(new BoundedChannelOptions(outboxCapacity) { SingleReader = true });
    }

    /// <summary>Cancelled once the connection starts closing, from either side.</summary>
    public CancellationToken Closing => _lifetime.Token;

    public bool IsClosing => Volatile.Read(ref _closing) == 1;

    /// <summary>Receives whole text or binary messages until the peer closes; returns after the close handshake.</summary>
    public async Task RunAsync(Func<WebSocketMessageType, ReadOnlyMemory<byte>, Task> onMessage, CancellationToken requestAborted)
    {
        using var aborted = requestAborted.Register(_receiveAbort.Cancel);
        var writer = WriteLoopAsync();
        try
        {
            await ReceiveLoopAsync(onMessage);
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

    /// <summary>Queues a frame behind earlier ones; false when the bounded outbox is full.</summary>
    public bool TryQueue(byte[] frame) => _outbox.Writer.TryWrite(frame);

    /// <summary>Sends at once (between queued frames); for acks and pongs.</summary>
    public async Task SendNowAsync(byte[] frame)
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

    public void Close(int code, string reason)
    {
        if (Interlocked.Exchange(ref _closing, 1) == 1)
        {
            return;
        }

        _lifetime.Cancel();
        _ = SendCloseAsync((WebSocketCloseStatus)code, reason);
    }

    public void Dispose()
    {
        _lifetime.Dispose();
        _receiveAbort.Dispose();
        _sendLock.Dispose();
    }

    private async Task ReceiveLoopAsync(Func<WebSocketMessageType, ReadOnlyMemory<byte>, Task> onMessage)
    {
        var buffer = new byte[Math.Min(_maxMessageBytes, 16 * 1024) + 1];
        using var message = new MemoryStream();
        while (true)
        {
            var received = await _socket.ReceiveAsync(buffer.AsMemory(), _receiveAbort.Token);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return;
            }

            message.Write(buffer, 0, received.Count);
            if (message.Length > _maxMessageBytes)
            {
                Close(TransportWsCloseCodes.MessageTooBig, "message too big");
                message.SetLength(0);
                continue;
            }

            if (!received.EndOfMessage)
            {
                continue;
            }

            if (!IsClosing)
            {
                await onMessage(received.MessageType, message.GetBuffer().AsMemory(0, (int)message.Length));
            }

            message.SetLength(0);
        }
    }

    private async Task WriteLoopAsync()
    {
        try
        {
            while (await _outbox.Reader.WaitToReadAsync(_lifetime.Token))
            {
                while (!IsClosing && _outbox.Reader.TryRead(out var frame))
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
