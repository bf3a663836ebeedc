namespace Hiring.Reasoning.Configuration;

/// <summary><c>Hiring:Ai:OpenAI</c>: any OpenAI-compatible endpoint.</summary>
public sealed class OpenAIProviderOptions
{
    /// <summary>e.g. https://api.openai.com/v1 or http://localhost:11434/v1.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>From configuration, else the OPENAI_API_KEY environment variable; local servers may need none.</summary>
    public string? ApiKey { get; set; }

    public string? Organization { get; set; }

    public TierModels Models { get; set; } = new();
}
