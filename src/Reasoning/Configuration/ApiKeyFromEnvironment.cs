using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Hiring.Reasoning.Configuration;

/// <summary>Fills a missing API key from the provider's conventional environment variable.</summary>
public sealed class ApiKeyFromEnvironment(IConfiguration configuration) : IPostConfigureOptions<ReasoningOptions>
{
    public const string OpenAIVariable = "OPENAI_API_KEY";
    public const string AzureOpenAIVariable = "AZURE_OPENAI_API_KEY";

    public void PostConfigure(string? name, ReasoningOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.OpenAI.ApiKey))
        {
            options.OpenAI.ApiKey = Read(OpenAIVariable);
        }

        if (string.IsNullOrWhiteSpace(options.AzureOpenAI.ApiKey))
        {
            options.AzureOpenAI.ApiKey = Read(AzureOpenAIVariable);
        }
    }

    private string? Read(string variable) =>
        configuration[variable] is { Length: > 0 } value ? value : Environment.GetEnvironmentVariable(variable);
}
