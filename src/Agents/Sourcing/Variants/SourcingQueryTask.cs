using Hiring.Contracts.Reasoning;

namespace Hiring.Agents.Sourcing.Variants;

/// <summary>The sourcing-query task's identity, shared by both engines.</summary>
public static class SourcingQueryTask
{
    public const string Name = "sourcing-query";
    public const string PromptName = "sourcing-query";
    public const ModelTier Tier = ModelTier.Fast;
}
