using GraphQL;
using Hiring.Gateway.GraphQL.Auth;
using Hiring.Gateway.GraphQL.Limits;
using Hiring.Gateway.GraphQL.Schema;
using Hiring.Gateway.GraphQL.Subscriptions;
using Microsoft.Extensions.Options;

namespace Hiring.Gateway.GraphQL.WebSockets;

/// <summary>Accepts <c>graphql-transport-ws</c> sockets on /graphql; any other subprotocol is closed with 4406.</summary>
public sealed class GraphQLWebSocketEndpoint(
    RecruiterAuthenticator authenticator,
    GraphQLRunner runner,
    IGraphQLTextSerializer serializer,
    RecruiterEventHubs hubs,
    IAssistantEventSource source,
    EventPayloadResolver payloads,
    SubscriptionMetrics metrics,
    IOptions<LimitSettings> limits,
    RequestRateLimiter rateLimiter,
    IHostApplicationLifetime lifetime,
    ILogger<GraphQLWebSocketEndpoint> logger)
{
    public async Task HandleAsync(HttpContext context)
    {
        if (!context.WebSockets.WebSocketRequestedProtocols.Contains(TransportWsCloseCodes.Subprotocol))
        {
            using var rejected = await context.WebSockets.AcceptWebSocketAsync();
            await rejected.CloseAsync((System.Net.WebSockets.WebSocketCloseStatus)TransportWsCloseCodes.SubprotocolNotAcceptable, "Subprotocol not acceptable", context.RequestAborted);
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync(TransportWsCloseCodes.Subprotocol);
        var services = new WsConnectionServices(authenticator, runner, serializer, hubs, source, payloads, metrics, limits.Value, rateLimiter, context.RequestServices, logger);
        using var connection = new GraphQLWsConnection(socket, services, RecruiterIdentity.FromPrincipal(context.User));

        // A socket stays open through a graceful shutdown (up to its timeout) unless told to go:
        // closing it when the host stops lets the page show it is offline and retry at once.
        using var stopping = lifetime.ApplicationStopping.Register(connection.CloseGoingAway);
        await connection.RunAsync(context.RequestAborted);
    }
}
