using System.Text.Json;
using GraphQL;
using GraphQL.Transport;

namespace Hiring.Gateway.GraphQL.Http;

/// <summary>Reads a GraphQL-over-HTTP request (GET parameters or a JSON POST body) within the size limit.</summary>
public sealed class GraphQLHttpRequestReader(IGraphQLTextSerializer serializer)
{
    public async Task<(GraphQLRequest? Request, HttpRequestProblem? Problem)> ReadAsync(HttpRequest request, long maxBytes)
    {
        try
        {
            return HttpMethods.IsGet(request.Method) ? FromQueryString(request) : await FromBodyAsync(request, maxBytes);
        }
        catch (JsonException)
        {
            return (null, new HttpRequestProblem(StatusCodes.Status400BadRequest, ErrorCodes.InvalidJson, "The request is not valid JSON."));
        }
    }

    private (GraphQLRequest?, HttpRequestProblem?) FromQueryString(HttpRequest request)
    {
        var query = request.Query;
        var graphQLRequest = new GraphQLRequest
        {
            Query = query["query"].ToString(),
            OperationName = query["operationName"] is { Count: > 0 } name ? name.ToString() : null,
            Variables = query["variables"] is { Count: > 0 } variables ? serializer.Deserialize<Inputs>(variables.ToString()) : null,
            Extensions = query["extensions"] is { Count: > 0 } extensions ? serializer.Deserialize<Inputs>(extensions.ToString()) : null,
        };
        return Validate(graphQLRequest);
    }

    private async Task<(GraphQLRequest?, HttpRequestProblem?)> FromBodyAsync(HttpRequest request, long maxBytes)
    {
        if (!GraphQLMediaTypes.IsJson(request.ContentType))
        {
            return (null, new HttpRequestProblem(StatusCodes.Status415UnsupportedMediaType, ErrorCodes.UnsupportedMediaType, "POST a JSON body (Content-Type: application/json)."));
        }

        if (request.ContentLength > maxBytes)
        {
            return (null, TooLarge(maxBytes));
        }

        var body = await BoundedBody.ReadAsync(request.Body, maxBytes, request.HttpContext.RequestAborted);
        if (body is null)
        {
            return (null, TooLarge(maxBytes));
        }

        using var document = JsonDocument.Parse(body);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            return (null, new HttpRequestProblem(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, "The body must be one JSON object (batches are not supported)."));
        }

        return Validate(serializer.ReadNode<GraphQLRequest>(document.RootElement));
    }

    private static (GraphQLRequest?, HttpRequestProblem?) Validate(GraphQLRequest? request) =>
        string.IsNullOrWhiteSpace(request?.Query)
            ? (null, new HttpRequestProblem(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, "The request has no query."))
            : (request, null);

    private static HttpRequestProblem TooLarge(long maxBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, ErrorCodes.RequestTooLarge, $"The request is larger than {maxBytes} bytes.");
}
