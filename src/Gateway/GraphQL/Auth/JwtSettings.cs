namespace Hiring.Gateway.GraphQL.Auth;

/// <summary>Optional JWT bearer validation (HMAC-SHA256 signed tokens carrying tenant and recruiter claims).</summary>
public sealed class JwtSettings
{
    public string? Issuer { get; set; }

    public string? Audience { get; set; }

    public string? SigningKey { get; set; }

    public string TenantClaim { get; set; } = "tenant";

    public string RecruiterClaim { get; set; } = "recruiter";

    public bool IsConfigured => !string.IsNullOrEmpty(SigningKey);
}
