using System.Diagnostics;
using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Hiring.Gateway.Benchmarks;

/// <summary>One WebSocket subscriber; each event's text carries the Stopwatch timestamp of its publication.</summary>
public sealed class BenchSubscriber(int recruiter, Action<double> onLatency) : IAsyncDisposable
{
    private const string Subscribe = "{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":{\"query\":\"subscription { assistantEvents { cursor text } }\"}}";

    private readonly ClientWebSocket _socket = new();
    private Task? _reading;

    public int Recruiter { get; } = recruiter;

    public async Task ConnectAsync(Uri uri)
    {
        _socket.Options.AddSubProtocol("graphql-transport-ws");
        await _socket.ConnectAsync(uri, CancellationToken.None);
        await SendAsync(JsonSerializer.Serialize(new { type = "connection_init", payload = new { apiKey = BenchHost.KeyOf(Recruiter) } }));
        var buffer = new byte[4096];
        var ack = await _socket.ReceiveAsync(buffer, CancellationToken.None);
        if (!Encoding.UTF8.GetString(buffer, 0, ack.Count).Contains("connection_ack", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("no connection_ack");
        }

        await SendAsync(Subscribe);
        _reading = ReadAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }

        if (_reading is not null)
        {
            await _reading;
        }

        _socket.Dispose();
    }

    private Task SendAsync(string text) => _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    private async Task ReadAsync()
    {
        var buffer = new byte[16 * 1024];
        try
        {
            while (true)
            {
                var received = await _socket.ReceiveAsync(buffer, CancellationToken.None);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                var now = Stopwatch.GetTimestamp();
                using var document = JsonDocument.Parse(buffer.AsMemory(0, received.Count));
                var root = document.RootElement;
                if (root.GetProperty("type").GetString() == "next")
                {
                    var text = root.GetProperty("payload").GetProperty("data").GetProperty("assistantEvents").GetProperty("text").GetString()!;
                    var published = long.Parse(text, CultureInfo.InvariantCulture);
                    onLatency(Stopwatch.GetElapsedTime(published, now).TotalMilliseconds);
                }
            }
        }
        catch (WebSocketException)
        {
            // Closed under us at the end of the run.
        }
    }
}
