using Hiring.Contracts.Reasoning;

namespace Hiring.Agents.Evaluation;

/// <summary>The evaluation task's identity, shared by both engines.</summary>
public static class EvaluationTask
{
    public const string Name = "evaluation";
    public const string PromptName = "evaluation";
    public const ModelTier Tier = ModelTier.Reasoning;
}
