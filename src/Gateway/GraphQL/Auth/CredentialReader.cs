using System.Net.Http.Headers;
using System.Text;

namespace Hiring.Gateway.GraphQL.Auth;

/// <summary>
/// Where a credential may come from: the Authorization header (Bearer, or Basic with the credential as the password,
/// which is how a browser signs in to the operators' pages) or X-Api-Key.
/// </summary>
public static class CredentialReader
{
    public const string ApiKeyHeader = "X-Api-Key";
    private const string BearerScheme = "Bearer";
    private const string BasicScheme = "Basic";

    public static string? FromHeaders(IHeaderDictionary headers)
    {
        if (headers.Authorization.ToString() is { Length: > 0 } authorization)
        {
            return FromAuthorization(authorization);
        }

        return headers[ApiKeyHeader].ToString() is { Length: > 0 } key ? key : null;
    }

    public static string? FromAuthorization(string? authorization)
    {
        if (!AuthenticationHeaderValue.TryParse(authorization, out var header) || header.Parameter is not { Length: > 0 } parameter)
        {
            return null;
        }

        if (header.Scheme.Equals(BearerScheme, StringComparison.OrdinalIgnoreCase))
        {
            return parameter.Trim();
        }

        return header.Scheme.Equals(BasicScheme, StringComparison.OrdinalIgnoreCase) ? BasicPassword(parameter) : null;
    }

    /// <summary>The password of "user:password" in base64; null when it is not that.</summary>
    private static string? BasicPassword(string parameter)
    {
        var bytes = new byte[parameter.Length];
        if (!Convert.TryFromBase64String(parameter, bytes, out var written))
        {
            return null;
        }

        var pair = Encoding.UTF8.GetString(bytes, 0, written);
        var colon = pair.IndexOf(':', StringComparison.Ordinal);
        return colon >= 0 && pair[(colon + 1)..] is { Length: > 0 } password ? password : null;
    }
}
