using Hiring.Gateway.GraphQL.Subscriptions;

namespace Hiring.Gateway.GraphQL.WebSockets;

/// <summary>One subscribe of a connection: its id, its cancellation, and the sink its events go to.</summary>
public sealed class WsOperation(string id, GraphQLWsConnection connection, CancellationToken connectionClosed) : ISubscriptionSink, IDisposable
{
    private readonly CancellationTokenSource _stop = CancellationTokenSource.CreateLinkedTokenSource(connectionClosed);

    public string Id { get; } = id;

    public CancellationToken Token => _stop.Token;

    public void Stop() => _stop.Cancel();

    public bool TryNext(ReadOnlyMemory<byte> payload) =>
        Token.IsCancellationRequested || connection.TryQueue(TransportWsFrames.Of(TransportWsMessageTypes.Next, Id, payload.Span));

    public void Overflow() => connection.CloseSlowConsumer();

    public void Dispose() => _stop.Dispose();
}
