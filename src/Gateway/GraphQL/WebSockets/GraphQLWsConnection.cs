using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Hiring.Gateway.GraphQL.Auth;
using Hiring.Gateway.GraphQL.Http;
using Hiring.Gateway.GraphQL.Limits;
using static Hiring.Gateway.GraphQL.WebSockets.TransportWsMessageTypes;

namespace Hiring.Gateway.GraphQL.WebSockets;

/// <summary>
/// One graphql-transport-ws connection: the protocol's state machine (init, ack, ping/pong,
/// subscribe/complete) and its close codes, over a <see cref="WsTransport"/> whose bounded outbox
/// closes a slow consumer instead of growing memory.
/// </summary>
public sealed class GraphQLWsConnection : IDisposable
{
    private readonly WsTransport _transport;
    private readonly WsConnectionServices _services;
    private readonly RecruiterIdentity? _upgradeIdentity;
    private readonly ConcurrentDictionary<string, WsOperation> _operations = new(StringComparer.Ordinal);
    private readonly WsOperationRunner _runner;
    private RecruiterIdentity? _identity;
    private volatile bool _initReceived;

    public GraphQLWsConnection(WebSocket socket, WsConnectionServices services, RecruiterIdentity? upgradeIdentity)
    {
        _transport = new WsTransport(socket, services.Limits.SubscriptionBuffer, services.Limits.MaxSocketMessageBytes);
        _services = services;
        _upgradeIdentity = upgradeIdentity;
        _runner = new WsOperationRunner(this, services);
    }

    public RecruiterIdentity Identity => _identity ?? throw new InvalidOperationException("Not acknowledged.");

    public async Task RunAsync(CancellationToken requestAborted)
    {
        _ = CloseUnlessInitialisedAsync();
        await _transport.RunAsync(OnMessageAsync, requestAborted);
    }

    public bool TryQueue(byte[] frame) => _transport.IsClosing || _transport.TryQueue(frame) || CloseSlowConsumerAndFail();

    public void CloseSlowConsumer()
    {
        _services.Metrics.SlowConsumer();
        _transport.Close(TransportWsCloseCodes.SlowConsumer, TransportWsCloseCodes.SlowConsumerReason);
    }

    /// <summary>Closes with "going away" so the client reconnects at once instead of holding a socket the stopping server no longer serves.</summary>
    public void CloseGoingAway() => _transport.Close(TransportWsCloseCodes.GoingAway, TransportWsCloseCodes.GoingAwayReason);

    public void Forget(WsOperation operation) => ((ICollection<KeyValuePair<string, WsOperation>>)_operations).Remove(new(operation.Id, operation));

    public void Dispose() => _transport.Dispose();

    private bool CloseSlowConsumerAndFail()
    {
        CloseSlowConsumer();
        return false;
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
            _transport.Close(TransportWsCloseCodes.BadRequest, "Invalid message received");
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
                    await _transport.SendNowAsync(TransportWsFrames.Of(Pong));
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
                    _transport.Close(TransportWsCloseCodes.BadRequest, "Invalid message received");
                    break;
            }
        }
    }

    private async Task InitAsync(JsonElement message)
    {
        if (_initReceived)
        {
            _transport.Close(TransportWsCloseCodes.TooManyInitialisationRequests, "Too many initialisation requests");
            return;
        }

        _initReceived = true;
        var credential = InitPayloadCredential.From(message);
        var identity = credential is null ? _upgradeIdentity : await _services.Authenticator.AuthenticateAsync(credential);
        if (identity is null)
        {
            _transport.Close(TransportWsCloseCodes.Forbidden, "Forbidden");
            return;
        }

        _identity = identity;
        await _transport.SendNowAsync(TransportWsFrames.Of(ConnectionAck));
        _ = KeepAliveAsync();
    }

    private void StartOperation(JsonElement message)
    {
        if (_identity is null)
        {
            _transport.Close(TransportWsCloseCodes.Unauthorized, "Unauthorized");
            return;
        }

        if (IdOf(message) is not { } id || !message.TryGetProperty("payload", out var payload) || payload.ValueKind != JsonValueKind.Object)
        {
            _transport.Close(TransportWsCloseCodes.BadRequest, "Invalid message received");
            return;
        }

        if (!_services.RateLimiter.TryAcquire(_identity.Credential))
        {
            Refuse(id, ErrorCodes.RateLimited, RequestRateLimiter.Message);
            return;
        }

        var limit = _services.Limits.MaxOperationsPerConnection;
        if (_operations.Count >= limit && !_operations.ContainsKey(id))
        {
            Refuse(id, ErrorCodes.TooManyOperations, $"At most {limit} operations per connection.");
            return;
        }

        var operation = new WsOperation(id, this, _transport.Closing);
        if (!_operations.TryAdd(id, operation))
        {
            operation.Dispose();
            _transport.Close(TransportWsCloseCodes.SubscriberAlreadyExists, $"Subscriber for {id} already exists");
            return;
        }

        _ = _runner.RunAsync(operation, payload.Clone());
    }

    /// <summary>Answers one operation with an error; the connection stays open for the next.</summary>
    private void Refuse(string id, string code, string message) =>
        TryQueue(TransportWsFrames.Of(Error, id, Encoding.UTF8.GetBytes(GraphQLErrorResponse.Errors(code, message))));

    private static string? IdOf(JsonElement message) =>
        message.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 } value ? value : null;

    private async Task CloseUnlessInitialisedAsync()
    {
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(_services.Limits.InitTimeoutSeconds), _transport.Closing);
            if (!_initReceived)
            {
                _transport.Close(TransportWsCloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout");
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
            while (await timer.WaitForNextTickAsync(_transport.Closing))
            {
                await _transport.SendNowAsync(TransportWsFrames.Of(Ping));
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // The connection ended.
        }
    }
}
