using System.Text.Json;

namespace Hiring.Gateway.GraphQL.Http;

/// <summary>Request-level failures (before any GraphQL execution) written as a GraphQL error body.</summary>
public static class GraphQLErrorResponse
{
    public static async Task WriteAsync(HttpContext context, int status, string code, string message, CancellationToken cancellationToken = default)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = GraphQLMediaTypes.Accepts(context.Request, GraphQLMediaTypes.GraphQLResponse)
            ? GraphQLMediaTypes.GraphQLResponse
            : GraphQLMediaTypes.Json;
        await context.Response.WriteAsync(Body(code, message), cancellationToken);
    }

    public static string Body(string code, string message) => $"{{\"errors\":{Errors(code, message)}}}";

    /// <summary>A one-element GraphQL errors array.</summary>
    public static string Errors(string code, string message) =>
        JsonSerializer.Serialize(new[] { new { message, extensions = new { code } } });
}
