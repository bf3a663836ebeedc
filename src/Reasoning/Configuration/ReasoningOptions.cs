namespace Hiring.Reasoning.Configuration;

/// <summary><c>Hiring:Ai</c>: which provider runs reasoning tasks and how.</summary>
public sealed class ReasoningOptions
{
    public const string Section = "Hiring:Ai";

    public AiProvider Provider { get; set; } = AiProvider.BuiltIn;

    public ResponseFormatMode ResponseFormat { get; set; } = ResponseFormatMode.JsonSchema;

    public OpenAIProviderOptions OpenAI { get; set; } = new();

    public AzureOpenAIProviderOptions AzureOpenAI { get; set; } = new();

    public ModelCallOptions Calls { get; set; } = new();

    /// <summary>Prices per model or deployment name, for the usage ledger's cost estimates.</summary>
    public Dictionary<string, ModelPrice> Prices { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
