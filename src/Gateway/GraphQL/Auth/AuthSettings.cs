namespace Hiring.Gateway.GraphQL.Auth;

/// <summary>The <c>Hiring:Auth</c> and <c>Hiring:Demo</c> sections.</summary>
public sealed class AuthSettings
{
    public const string Section = "Hiring:Auth";
    public const string DemoSection = "Hiring:Demo";

    public List<ApiKeyEntry> ApiKeys { get; set; } = [];

    public JwtSettings Jwt { get; set; } = new();
}
