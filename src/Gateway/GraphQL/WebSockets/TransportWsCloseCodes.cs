namespace Hiring.Gateway.GraphQL.WebSockets;

/// <summary>Close codes of graphql-transport-ws, plus the gateway's own for slow consumers and oversized messages.</summary>
public static class TransportWsCloseCodes
{
    public const string Subprotocol = "graphql-transport-ws";

    public const int BadRequest = 4400;
    public const int Unauthorized = 4401;
    public const int Forbidden = 4403;
    public const int SubprotocolNotAcceptable = 4406;
    public const int ConnectionInitialisationTimeout = 4408;
    public const int SubscriberAlreadyExists = 4409;
    public const int TooManyInitialisationRequests = 4429;

    /// <summary>Policy violation (RFC 6455): the client did not read fast enough and its bounded buffer filled.</summary>
    public const int SlowConsumer = 1008;

    public const string SlowConsumerReason = "slow consumer";

    /// <summary>RFC 6455 "going away": the server is stopping; clients reconnect (to it restarted, or to another node) and resume.</summary>
    public const int GoingAway = 1001;

    public const string GoingAwayReason = "server stopping";

    /// <summary>RFC 6455 "message too big".</summary>
    public const int MessageTooBig = 1009;
}
