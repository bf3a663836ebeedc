using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using GraphQLParser.AST;
using Hiring.Gateway.GraphQL.Http;
using Hiring.Gateway.GraphQL.Schema;
using Hiring.Gateway.GraphQL.Subscriptions;
using static Hiring.Gateway.GraphQL.WebSockets.TransportWsMessageTypes;

namespace Hiring.Gateway.GraphQL.WebSockets;

/// <summary>
/// Runs one subscribe message: queries and mutations answer next + complete; a subscription is probed
/// (validated, cursor read) and then joins its recruiter's hub until the client completes it.
/// </summary>
public sealed class WsOperationRunner(GraphQLWsConnection connection, WsConnectionServices services)
{
    public async Task RunAsync(WsOperation operation, JsonElement payload)
    {
        try
        {
            var request = services.Serializer.ReadNode<GraphQLRequest>(payload);
            if (string.IsNullOrWhiteSpace(request?.Query))
            {
                SendErrors(operation, GraphQLErrorResponse.Errors(ErrorCodes.BadRequest, "The subscribe payload has no query."));
                return;
            }

            var kind = OperationKind.Of(request.Query, request.OperationName);
            if (kind.TooDeep)
            {
                SendErrors(operation, GraphQLErrorResponse.Errors(ErrorCodes.QueryTooDeep, OperationKind.TooDeepMessage));
                return;
            }

            var principal = connection.Identity.ToPrincipal(Auth.HiringClaims.Scheme);
            var probe = new SubscriptionProbe();
            var result = await services.Runner.ExecuteAsync(request, principal, services.RequestServices, probe, operation.Token);
            var isSubscription = kind.Type is OperationType.Subscription;
            if (!result.Executed || (isSubscription && result.Errors is { Count: > 0 }))
            {
                SendErrors(operation, ErrorsOf(result));
                return;
            }

            if (!isSubscription || !probe.Reached)
            {
                if (!isSubscription)
                {
                    operation.TryNext(Encoding.UTF8.GetBytes(services.Serializer.Serialize(result)));
                }

                connection.TryQueue(TransportWsFrames.Of(Complete, operation.Id));
                return;
            }

            await FollowAsync(operation, request, probe, principal);
        }
        catch (OperationCanceledException) when (operation.Token.IsCancellationRequested)
        {
            // The client completed the operation or the connection closed.
        }
        catch (JsonException)
        {
            SendErrors(operation, GraphQLErrorResponse.Errors(ErrorCodes.BadRequest, "The subscribe payload is not a GraphQL request."));
        }
        catch (Exception e) when (!operation.Token.IsCancellationRequested)
        {
            // For example the event log refused the replay: the client hears that the operation failed, and whether trying
            // again may help, not why.
            services.Logger.LogWarning(e, "Operation {Id} of {Recruiter} failed", operation.Id, connection.Identity.RecruiterKey);
            SendErrors(operation, TransientFaults.Is(e)
                ? GraphQLErrorResponse.Errors(ErrorCodes.Unavailable, TransientFaults.Message)
                : GraphQLErrorResponse.Errors(ErrorCodes.Internal, "Internal error."));
        }
        finally
        {
            connection.Forget(operation);
            operation.Dispose();
        }
    }

    private async Task FollowAsync(WsOperation operation, GraphQLRequest request, SubscriptionProbe probe, System.Security.Claims.ClaimsPrincipal principal)
    {
        var identity = connection.Identity;
        var shape = SubscriptionShape.Key(request, probe.AfterVariable, services.Serializer);
        var resolve = services.Payloads.For(request, principal);
        EventSubscription? subscription = null;
        var hub = await services.Hubs.JoinAsync(
            identity,
            h => subscription = new EventSubscription(identity, probe.After, services.Source, h.Shape(shape, resolve), operation, services.Limits.SubscriptionBuffer),
            operation.Token);
        try
        {
            await subscription!.RunAsync(operation.Token);
        }
        finally
        {
            await services.Hubs.LeaveAsync(hub, subscription!);
        }
    }

    private void SendErrors(WsOperation operation, string errorsJson) =>
        connection.TryQueue(TransportWsFrames.Of(Error, operation.Id, Encoding.UTF8.GetBytes(errorsJson)));

    private string ErrorsOf(ExecutionResult result)
    {
        using var document = JsonDocument.Parse(services.Serializer.Serialize(result));
        return document.RootElement.TryGetProperty("errors", out var errors) ? errors.GetRawText() : "[]";
    }
}
