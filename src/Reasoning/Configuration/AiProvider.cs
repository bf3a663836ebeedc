namespace Hiring.Reasoning.Configuration;

/// <summary>Where reasoning runs: <c>Hiring:Ai:Provider</c>.</summary>
public enum AiProvider
{
    /// <summary>The built-in engine only: no network, deterministic.</summary>
    BuiltIn = 0,

    /// <summary>Azure OpenAI deployments.</summary>
    AzureOpenAI = 1,

    /// <summary>Any OpenAI-compatible endpoint (OpenAI itself or a local server).</summary>
    OpenAI = 2,
}
