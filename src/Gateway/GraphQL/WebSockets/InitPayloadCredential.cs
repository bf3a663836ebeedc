using System.Text.Json;
using Hiring.Gateway.GraphQL.Auth;

namespace Hiring.Gateway.GraphQL.WebSockets;

/// <summary>The credential in a connection_init payload: {"apiKey": "..."} or {"authorization": "Bearer ..."}.</summary>
public static class InitPayloadCredential
{
    public static string? From(JsonElement message)
    {
        if (!message.TryGetProperty("payload", out var payload) || payload.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var property in payload.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.String)
            {
                continue;
            }

            var value = property.Value.GetString();
            if (property.NameEquals("apiKey") || property.NameEquals("token"))
            {
                return value;
            }

            if (property.Name.Equals("authorization", StringComparison.OrdinalIgnoreCase))
            {
                return CredentialReader.FromAuthorization(value) ?? value;
            }
        }

        return null;
    }
}
