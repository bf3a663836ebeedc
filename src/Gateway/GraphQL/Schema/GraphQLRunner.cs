using System.Security.Claims;
using GraphQL;
using GraphQL.Transport;
using Hiring.Gateway.GraphQL.Auth;

namespace Hiring.Gateway.GraphQL.Schema;

/// <summary>
/// Executes a request against the schema, with the caller's principal: one place for HTTP, WebSocket
/// and subscription payloads. Every grain call its resolvers make carries the principal's tenant.
/// </summary>
public sealed class GraphQLRunner(IDocumentExecuter<HiringSchema> executer)
{
    public async Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, ClaimsPrincipal user, IServiceProvider services, object? root, CancellationToken cancellationToken)
    {
        using var tenant = RecruiterIdentity.FromPrincipal(user)?.Scope();
        return await executer.ExecuteAsync(new ExecutionOptions
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
}
