namespace Hiring.Gateway.GraphQL.Http;

/// <summary>Why a request never reached GraphQL execution, as an HTTP status and a GraphQL error.</summary>
public sealed record HttpRequestProblem(int Status, string Code, string Message)
{
    public Task WriteAsync(HttpContext context) => GraphQLErrorResponse.WriteAsync(context, Status, Code, Message, context.RequestAborted);
}
