using Hiring.Contracts.Reasoning;

namespace Hiring.Reasoning.Planning;

/// <summary>The planner task's identity, shared by both engines.</summary>
public static class PlannerTask
{
    public const string Name = "planner";
    public const string PromptName = "planner";
    public const ModelTier Tier = ModelTier.Reasoning;
}
