using System.Security.Claims;
using GraphQL;
using GraphQL.Transport;

namespace Hiring.Gateway.GraphQL.Schema;

/// <summary>Executes a request against the schema, with the caller's principal: one place for HTTP and WebSocket.</summary>
public sealed class GraphQLRunner(IDocumentExecuter<HiringSchema> executer)
{
    public Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, ClaimsPrincipal user, IServiceProvider services, object? root, CancellationToken cancellationToken) =>
        executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            Variables = request.Variables,
            OperationName = request.OperationName,
            Extensions = request.Extensions,
            User = user,
            RequestServices = services,
            Root = root,
            CancellationToken = cancellationToken,
        });
}
