namespace Hiring.Gateway.GraphQL.Auth;

/// <summary>Demo mode: one tenant and recruiter, with a key printed at start-up.</summary>
public sealed class DemoSettings
{
    /// <summary>Null means: on when no API keys are configured.</summary>
    public bool? Enabled { get; set; }

    public string? ApiKey { get; set; }

    public string Tenant { get; set; } = "demo";

    public string Recruiter { get; set; } = "demo";
}
