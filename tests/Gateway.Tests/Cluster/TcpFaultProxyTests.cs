using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Hiring.Gateway.Tests.Cluster;

/// <summary>The fault test's proxy against a loopback echo server: it forwards, and delays, holds and resets on demand.</summary>
public sealed class TcpFaultProxyTests : IAsyncLifetime
{
    private readonly TcpListener _echo = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private TcpFaultProxy _proxy = null!;
    private Task _echoing = Task.CompletedTask;

    public Task InitializeAsync()
    {
        _echo.Start();
        _echoing = EchoAsync();
        _proxy = TcpFaultProxy.Start("127.0.0.1", ((IPEndPoint)_echo.LocalEndpoint).Port);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _proxy.DisposeAsync();
        await _stop.CancelAsync();
        _echo.Stop();
        await _echoing;
        _stop.Dispose();
    }

    [Fact]
    public async Task ItForwardsBothWaysToTheTarget()
    {
        using var client = await ConnectAsync();

        Assert.Equal("hello", await RoundTripAsync(client, "hello"));
        Assert.Equal("again", await RoundTripAsync(client, "again"));
        Assert.Equal(1, _proxy.OpenConnections);
    }

    [Fact]
    public async Task ACutResetsOpenConnectionsAndLaterOnesWork()
    {
        using var client = await ConnectAsync();
        Assert.Equal("before", await RoundTripAsync(client, "before"));

        _proxy.Cut();

        Assert.True(await ClosedAsync(client));
        using var later = await ConnectAsync();
        Assert.Equal("after", await RoundTripAsync(later, "after"));
    }

    [Fact]
    public async Task ADropHoldsTheBytesUntilRestoredAndLosesNone()
    {
        using var client = await ConnectAsync();
        _proxy.Drop();

        var echoed = RoundTripAsync(client, "held");
        await Wait.UntilAsync(() => _proxy.Holding > 0, TimeSpan.FromSeconds(10), "the proxy holds the chunk");
        Assert.False(echoed.IsCompleted);

        _proxy.Restore();
        Assert.Equal("held", await echoed);
    }

    [Fact]
    public async Task ADelayHoldsEveryChunkUntilRestored()
    {
        using var client = await ConnectAsync();
        var latency = TimeSpan.FromMilliseconds(300);
        _proxy.Delay(latency);

        Assert.Equal("slow", await RoundTripAsync(client, "slow"));

        // The request and the echo each waited out the latency once; after Restore nothing waits.
        Assert.Equal(2, _proxy.Delayed);
        _proxy.Restore();
        Assert.Equal("fast", await RoundTripAsync(client, "fast"));
        Assert.Equal(2, _proxy.Delayed);
    }

    private async Task<Socket> ConnectAsync()
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(IPAddress.Loopback, _proxy.Port);
        return socket;
    }

    private static async Task<string> RoundTripAsync(Socket client, string text)
    {
        var sent = Encoding.UTF8.GetBytes(text);
        await client.SendAsync(sent);
        var received = new byte[sent.Length];
        for (var read = 0; read < received.Length;)
        {
            var n = await client.ReceiveAsync(received.AsMemory(read));
            if (n == 0)
            {
                throw new IOException("the connection closed before the echo arrived");
            }

            read += n;
        }

        return Encoding.UTF8.GetString(received);
    }

    /// <summary>True when the connection was ended: a read sees the end or a reset.</summary>
    private static async Task<bool> ClosedAsync(Socket client)
    {
        try
        {
            return await client.ReceiveAsync(new byte[1].AsMemory()).AsTask().WaitAsync(TimeSpan.FromSeconds(10)) == 0;
        }
        catch (SocketException)
        {
            return true;
        }
    }

    private async Task EchoAsync()
    {
        try
        {
            while (true)
            {
                var socket = await _echo.AcceptSocketAsync(_stop.Token);
                _ = Task.Run(async () =>
                {
                    using (socket)
                    {
                        var buffer = new byte[1024];
                        try
                        {
                            int n;
                            while ((n = await socket.ReceiveAsync(buffer, _stop.Token)) > 0)
                            {
                                await socket.SendAsync(buffer.AsMemory(0, n), _stop.Token);
                            }
                        }
                        catch (Exception e) when (e is SocketException or OperationCanceledException)
                        {
                            // The proxy reset the connection, or the test ended.
                        }
                    }
                });
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // The test ended.
        }
    }
}
