using GraphQL;
using GraphQLParser.AST;
using Hiring.Gateway.GraphQL.Auth;
using Hiring.Gateway.GraphQL.Limits;
using Hiring.Gateway.GraphQL.Schema;
using Microsoft.Extensions.Options;

namespace Hiring.Gateway.GraphQL.Http;

/// <summary>
/// GraphQL over HTTP. With <c>application/graphql-response+json</c> accepted, a request that never
/// executed (syntax or validation error) is a 400; with plain <c>application/json</c> it is a 200.
/// </summary>
public sealed class GraphQLHttpEndpoint(GraphQLHttpRequestReader reader, GraphQLRunner runner, IGraphQLTextSerializer serializer, IOptions<LimitSettings> limits)
{
    public async Task HandleAsync(HttpContext context)
    {
        var problem = await HandleOrExplainAsync(context);
        if (problem is not null)
        {
            await problem.WriteAsync(context);
        }
    }

    private async Task<HttpRequestProblem?> HandleOrExplainAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsPost(request.Method))
        {
            context.Response.Headers.Allow = "GET, POST";
            return new HttpRequestProblem(StatusCodes.Status405MethodNotAllowed, ErrorCodes.MethodNotAllowed, "Use GET or POST.");
        }

        if (RecruiterIdentity.FromPrincipal(context.User) is null)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            return new HttpRequestProblem(StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated, "Authentication required: an API key or bearer token.");
        }

        var (graphQLRequest, problem) = await reader.ReadAsync(request, limits.Value.MaxRequestBytes);
        if (problem is not null)
        {
            return problem;
        }

        var kind = OperationKind.Of(graphQLRequest!.Query!, graphQLRequest.OperationName);
        if (kind.TooDeep)
        {
            return new HttpRequestProblem(StatusCodes.Status400BadRequest, ErrorCodes.QueryTooDeep, OperationKind.TooDeepMessage);
        }

        if (HttpMethods.IsGet(request.Method) && kind.Type is OperationType.Mutation)
        {
            context.Response.Headers.Allow = "POST";
            return new HttpRequestProblem(StatusCodes.Status405MethodNotAllowed, ErrorCodes.MethodNotAllowed, "Mutations are POST only.");
        }

        if (kind.Type is OperationType.Subscription)
        {
            return new HttpRequestProblem(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, "Subscriptions run over the WebSocket at /graphql (graphql-transport-ws).");
        }

        var result = await runner.ExecuteAsync(graphQLRequest, context.User, context.RequestServices, null, context.RequestAborted);
        var modern = GraphQLMediaTypes.Accepts(request, GraphQLMediaTypes.GraphQLResponse);
        context.Response.ContentType = modern ? GraphQLMediaTypes.GraphQLResponse : GraphQLMediaTypes.Json;
        context.Response.StatusCode = modern && !result.Executed ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        await serializer.WriteAsync(context.Response.Body, result, context.RequestAborted);
        return null;
    }
}
