using System.Text.Json;

namespace Hiring.Gateway.Tests.GraphQL.Support;

/// <summary>Reads GraphQL response bodies in assertions.</summary>
public static class GraphQLBody
{
    /// <summary>The data of a response that must have no errors (the body is shown when it has some).</summary>
    public static JsonElement DataOf(JsonElement body)
    {
        Assert.False(body.TryGetProperty("errors", out _), body.GetRawText());
        return body.GetProperty("data");
    }
}
