using Hiring.Contracts.Reasoning;

namespace Hiring.Reasoning.Faq;

/// <summary>The FAQ-answer task's identity, shared by both engines.</summary>
public static class FaqTask
{
    public const string Name = "faq-answer";
    public const string PromptName = "faq-answer";
    public const ModelTier Tier = ModelTier.Fast;
}
