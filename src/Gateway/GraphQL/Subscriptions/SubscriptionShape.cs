using GraphQL;
using GraphQL.Transport;

namespace Hiring.Gateway.GraphQL.Subscriptions;

/// <summary>
/// Subscriptions with the same document, operation and variables produce the same payload for an
/// event, so they share one resolution. The resume cursor does not change the payload; when it
/// arrives as a variable it is left out of the key (a literal cursor in the document is not).
/// </summary>
public static class SubscriptionShape
{
    public static string Key(GraphQLRequest request, string? afterVariable, IGraphQLTextSerializer serializer)
    {
        var variables = (request.Variables ?? Inputs.Empty)
            .Where(v => v.Key != afterVariable)
            .OrderBy(v => v.Key, StringComparer.Ordinal)
            .ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
        return string.Join('\u001f', request.Query, request.OperationName, serializer.Serialize(variables));
    }
}
