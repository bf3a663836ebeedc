using GraphQL;
using Hiring.Gateway.GraphQL.Auth;
using Hiring.Gateway.GraphQL.Limits;
using Hiring.Gateway.GraphQL.Schema;
using Hiring.Gateway.GraphQL.Subscriptions;

namespace Hiring.Gateway.GraphQL.WebSockets;

/// <summary>What a connection needs from the host, passed as one value.</summary>
public sealed record WsConnectionServices(
    RecruiterAuthenticator Authenticator,
    GraphQLRunner Runner,
    IGraphQLTextSerializer Serializer,
    RecruiterEventHubs Hubs,
    IAssistantEventSource Source,
    EventPayloadResolver Payloads,
    SubscriptionMetrics Metrics,
    LimitSettings Limits,
    RequestRateLimiter RateLimiter,
    IServiceProvider RequestServices,
    ILogger Logger);
