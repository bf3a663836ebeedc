using Hiring.Contracts.Reasoning;

namespace Hiring.Agents.Intake;

/// <summary>The job-spec extraction task's identity, shared by both engines.</summary>
public static class IntakeTask
{
    public const string Name = "intake-extract";
    public const string PromptName = "intake";
    public const ModelTier Tier = ModelTier.Reasoning;
}
