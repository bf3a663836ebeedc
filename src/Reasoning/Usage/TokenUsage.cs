using OpenAI.Chat;

namespace Hiring.Reasoning.Usage;

/// <summary>Token counts of one response, read from the metadata the OpenAI and Azure OpenAI connectors attach.</summary>
public readonly record struct TokenUsage(int Input, int Output)
{
    private const string MetadataKey = "Usage";

    public static TokenUsage? From(IReadOnlyDictionary<string, object?>? metadata) =>
        metadata is not null && metadata.TryGetValue(MetadataKey, out var value) && value is ChatTokenUsage usage
            ? new TokenUsage(usage.InputTokenCount, usage.OutputTokenCount)
            : null;
}
