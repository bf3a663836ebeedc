namespace Hiring.Gateway.GraphQL.Auth;

/// <summary>Where a credential may come from: the Authorization header (Bearer) or X-Api-Key.</summary>
public static class CredentialReader
{
    public const string ApiKeyHeader = "X-Api-Key";
    private const string BearerPrefix = "Bearer ";

    public static string? FromHeaders(IHeaderDictionary headers)
    {
        if (headers.Authorization.ToString() is { Length: > 0 } authorization)
        {
            return FromAuthorization(authorization);
        }

        return headers[ApiKeyHeader].ToString() is { Length: > 0 } key ? key : null;
    }

    public static string? FromAuthorization(string? authorization) =>
        authorization is not null && authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase)
            ? authorization[BearerPrefix.Length..].Trim()
            : null;
}
