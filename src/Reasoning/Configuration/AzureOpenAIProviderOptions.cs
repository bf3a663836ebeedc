namespace Hiring.Reasoning.Configuration;

/// <summary><c>Hiring:Ai:AzureOpenAI</c>: an Azure OpenAI resource and its deployments.</summary>
public sealed class AzureOpenAIProviderOptions
{
    /// <summary>e.g. https://my-resource.openai.azure.com/.</summary>
    public string? Endpoint { get; set; }

    /// <summary>From configuration, else the AZURE_OPENAI_API_KEY environment variable.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The REST api-version, e.g. 2024-10-21; the SDK's default when empty.</summary>
    public string? ApiVersion { get; set; }

    public TierModels Deployments { get; set; } = new();
}
