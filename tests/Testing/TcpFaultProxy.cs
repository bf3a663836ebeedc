using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Hiring.Testing;

/// <summary>
/// A TCP proxy on a free loopback port that forwards every connection to one target and injects network faults while
/// it runs: <see cref="Delay"/> holds each chunk before forwarding it, <see cref="Drop"/> stops forwarding (bytes wait,
/// as on a link that loses packets until it recovers), <see cref="Cut"/> resets every open connection, and
/// <see cref="Restore"/> forwards normally again. New connections are accepted throughout.
/// </summary>
public sealed class TcpFaultProxy : IAsyncDisposable
{
    private const int ChunkBytes = 64 * 1024;

    private readonly TcpListener _listener;
    private readonly IPEndPoint _target;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<Link, byte> _links = new();
    private readonly Task _accepting;
    private readonly Lock _gate = new();
    // Completed while bytes flow; a fresh one while they are dropped.
    private TaskCompletionSource _flowing = Released();
    private TimeSpan _latency;
    private int _holding;
    private int _delayed;

    private TcpFaultProxy(IPEndPoint target)
    {
        _target = target;
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        _accepting = AcceptAsync();
    }

    /// <summary>The loopback port clients connect to instead of the target's.</summary>
    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Connections open now (each a client and its connection to the target).</summary>
    public int OpenConnections => _links.Count;

    /// <summary>Connections accepted since the start.</summary>
    public int Accepted { get; private set; }

    /// <summary>Chunks read and held by <see cref="Drop"/>, not forwarded yet.</summary>
    public int Holding => Volatile.Read(ref _holding);

    /// <summary>Chunks forwarded after waiting out the <see cref="Delay"/> latency.</summary>
    public int Delayed => Volatile.Read(ref _delayed);

    /// <summary>Starts forwarding connections on a free loopback port to <paramref name="host"/>:<paramref name="port"/>.</summary>
    public static TcpFaultProxy Start(string host, int port)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(port);
        var address = IPAddress.TryParse(host, out var ip) ? ip : Dns.GetHostAddresses(host).First();
        return new TcpFaultProxy(new IPEndPoint(address, port));
    }

    /// <summary>From now on each chunk waits <paramref name="latency"/> before it is forwarded, in both directions.</summary>
    public void Delay(TimeSpan latency)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(latency, TimeSpan.Zero);
        _latency = latency;
    }

    /// <summary>Stops forwarding in both directions: what is read waits until <see cref="Restore"/>; connections stay open.</summary>
    public void Drop()
    {
        lock (_gate)
        {
            if (_flowing.Task.IsCompleted)
            {
                _flowing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
    }

    /// <summary>Resets every open connection now (RST to both ends, nothing more forwarded); later connections work.</summary>
    public void Cut()
    {
        foreach (var link in _links.Keys)
        {
            link.Reset();
        }
    }

    /// <summary>Back to normal: no latency, and bytes held by <see cref="Drop"/> are forwarded.</summary>
    public void Restore()
    {
        _latency = TimeSpan.Zero;
        lock (_gate)
        {
            _flowing.TrySetResult();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        Cut();
        await _accepting;
        _stop.Dispose();
    }

    private static TaskCompletionSource Released()
    {
        var flowing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        flowing.TrySetResult();
        return flowing;
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await _listener.AcceptSocketAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            Accepted++;
            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(Socket client)
    {
        var target = new Socket(_target.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        client.NoDelay = true;
        var link = new Link(client, target);
        _links[link] = 0;
        try
        {
            await target.ConnectAsync(_target, _stop.Token);
            await Task.WhenAll(PumpAsync(client, target), PumpAsync(target, client));
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The target refused, or either end went away: the other end is reset below.
        }
        finally
        {
            _links.TryRemove(link, out _);
            link.Reset();
        }
    }

    /// <summary>Forwards one direction until its source ends, then passes the end on (a half-close).</summary>
    private async Task PumpAsync(Socket from, Socket to)
    {
        var buffer = new byte[ChunkBytes];
        while (true)
        {
            var read = await from.ReceiveAsync(buffer, SocketFlags.None, _stop.Token);
            if (read == 0)
            {
                to.Shutdown(SocketShutdown.Send);
                return;
            }

            await HoldWhileDroppedAsync();
            if (_latency is { Ticks: > 0 } latency)
            {
                await Task.Delay(latency, _stop.Token);
                Interlocked.Increment(ref _delayed);
                await HoldWhileDroppedAsync();
            }

            for (var sent = 0; sent < read;)
            {
                sent += await to.SendAsync(buffer.AsMemory(sent, read - sent), SocketFlags.None, _stop.Token);
            }
        }
    }

    private async Task HoldWhileDroppedAsync()
    {
        var flowing = _flowing.Task;
        if (flowing.IsCompleted)
        {
            return;
        }

        Interlocked.Increment(ref _holding);
        try
        {
            await flowing.WaitAsync(_stop.Token);
        }
        finally
        {
            Interlocked.Decrement(ref _holding);
        }
    }

    /// <summary>A client's connection and its connection to the target.</summary>
    private sealed class Link(Socket client, Socket target)
    {
        private int _reset;

        /// <summary>Closes both sockets with a zero linger: the peers see a reset, not an orderly end.</summary>
        public void Reset()
        {
            if (Interlocked.Exchange(ref _reset, 1) == 1)
            {
                return;
            }

            foreach (var socket in new[] { client, target })
            {
                try
                {
                    socket.LingerState = new LingerOption(true, 0);
                }
                catch (Exception e) when (e is SocketException or ObjectDisposedException)
                {
                    // Already closed: nothing to reset.
                }

                socket.Dispose();
            }
        }
    }
}
