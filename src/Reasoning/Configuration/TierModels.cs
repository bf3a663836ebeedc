using Hiring.Contracts.Reasoning;

namespace Hiring.Reasoning.Configuration;

/// <summary>A model (OpenAI) or deployment (Azure OpenAI) name per tier.</summary>
public sealed class TierModels
{
    public string? Reasoning { get; set; }

    /// <summary>Falls back to <see cref="Reasoning"/> when not set.</summary>
    public string? Fast { get; set; }

    public string For(ModelTier tier) =>
        (tier == ModelTier.Fast && !string.IsNullOrWhiteSpace(Fast) ? Fast : Reasoning)
        ?? throw new InvalidOperationException("No model is configured for the Reasoning tier.");
}
