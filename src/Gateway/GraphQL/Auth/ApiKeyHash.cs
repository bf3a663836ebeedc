using System.Security.Cryptography;
using System.Text;

namespace Hiring.Gateway.GraphQL.Auth;

public static class ApiKeyHash
{
    /// <summary>Lower-case hex SHA-256 of the key's UTF-8 bytes: the form <c>Hiring:Auth:ApiKeys:n:KeyHash</c> holds.</summary>
    public static string Compute(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public static string NewKey() => "hk_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
}
