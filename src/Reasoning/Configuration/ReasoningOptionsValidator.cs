using Microsoft.Extensions.Options;

namespace Hiring.Reasoning.Configuration;

/// <summary>Fails start-up with messages that name the setting to fix.</summary>
public sealed class ReasoningOptionsValidator : IValidateOptions<ReasoningOptions>
{
    private const string Root = ReasoningOptions.Section;

    public ValidateOptionsResult Validate(string? name, ReasoningOptions options)
    {
        var failures = new List<string>();
        switch (options.Provider)
        {
            case AiProvider.OpenAI:
                RequireUrl(failures, options.OpenAI.BaseUrl, $"{Root}:OpenAI:BaseUrl", "OpenAI");
                Require(failures, options.OpenAI.Models.Reasoning, $"{Root}:OpenAI:Models:Reasoning", "OpenAI");
                break;
            case AiProvider.AzureOpenAI:
                RequireUrl(failures, options.AzureOpenAI.Endpoint, $"{Root}:AzureOpenAI:Endpoint", "AzureOpenAI");
                Require(failures, options.AzureOpenAI.ApiKey, $"{Root}:AzureOpenAI:ApiKey (or the AZURE_OPENAI_API_KEY environment variable)", "AzureOpenAI");
                Require(failures, options.AzureOpenAI.Deployments.Reasoning, $"{Root}:AzureOpenAI:Deployments:Reasoning", "AzureOpenAI");
                break;
            default:
                return ValidateOptionsResult.Success;
        }

        ValidateCalls(failures, options.Calls);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Require(List<string> failures, string? value, string key, string provider)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            failures.Add($"{key} is required when {Root}:Provider is {provider}");
        }
    }

    private static void RequireUrl(List<string> failures, string? value, string key, string provider)
    {
        Require(failures, value, key, provider);
        if (!string.IsNullOrWhiteSpace(value) && !(Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
        {
            failures.Add($"{key} must be an absolute http(s) URL (got \"{value}\")");
        }
    }

    private static void ValidateCalls(List<string> failures, ModelCallOptions calls)
    {
        const string Calls = $"{Root}:Calls";
        if (calls.CallTimeout <= TimeSpan.Zero)
        {
            failures.Add($"{Calls}:CallTimeout must be positive");
        }

        if (calls.TotalTimeout <= calls.CallTimeout)
        {
            failures.Add($"{Calls}:TotalTimeout must be longer than {Calls}:CallTimeout");
        }

        if (calls.MaxRetries < 1)
        {
            failures.Add($"{Calls}:MaxRetries must be at least 1");
        }

        if (calls.BreakDuration < TimeSpan.FromMilliseconds(500))
        {
            failures.Add($"{Calls}:BreakDuration must be at least 0.5 seconds");
        }

        // The resilience handler's breaker samples failures over at least two attempts.
        if (calls.SamplingDuration < calls.CallTimeout * 2)
        {
            failures.Add($"{Calls}:SamplingDuration must be at least twice {Calls}:CallTimeout");
        }

        if (calls.FailureRatio is <= 0 or > 1)
        {
            failures.Add($"{Calls}:FailureRatio must be in (0, 1]");
        }

        if (calls.MinimumThroughput < 2)
        {
            failures.Add($"{Calls}:MinimumThroughput must be at least 2");
        }
    }
}
