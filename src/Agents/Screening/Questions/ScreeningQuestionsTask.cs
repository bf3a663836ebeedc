using Hiring.Contracts.Reasoning;

namespace Hiring.Agents.Screening.Questions;

/// <summary>The screening-questions task's identity, shared by both engines.</summary>
public static class ScreeningQuestionsTask
{
    public const string Name = "screening-questions";
    public const string PromptName = "screening-questions";
    public const ModelTier Tier = ModelTier.Fast;
}
