namespace Hiring.Reasoning.Tasks;

/// <summary>Who a reasoning call is for, so usage and degraded notices are attributed.</summary>
/// <param name="Tenant">The tenant, when known.</param>
/// <param name="Recruiter">The recruiter key (tenant/recruiter), when known.</param>
/// <param name="Project">The project key (tenant/project), when known.</param>
/// <param name="OnText">When set, the model's answer is streamed and each chunk of text is passed here as it arrives.</param>
public sealed record ReasoningContext(string? Tenant = null, string? Recruiter = null, string? Project = null, Action<string>? OnText = null)
{
    public static ReasoningContext None { get; } = new();
}
