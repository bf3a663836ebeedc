namespace Hiring.Gateway.GraphQL.Auth;

/// <summary>One configured API key: only its SHA-256 hash is stored, never the key.</summary>
public sealed class ApiKeyEntry
{
    public string KeyHash { get; set; } = "";

    public string Tenant { get; set; } = "";

    public string Recruiter { get; set; } = "";
}
