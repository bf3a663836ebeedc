namespace Hiring.Gateway.GraphQL.Subscriptions;

/// <summary>The receiving end of one subscription (a WebSocket operation).</summary>
public interface ISubscriptionSink
{
    /// <summary>Queues a resolved payload; false when the connection's bounded buffer is full.</summary>
    bool TryNext(ReadOnlyMemory<byte> payload);

    /// <summary>The subscriber fell behind: the connection is closed as a slow consumer.</summary>
    void Overflow();
}
