using Hiring.Contracts.Reasoning;

namespace Hiring.Agents.Outreach.Drafting;

/// <summary>The outreach-draft task's identity, shared by both engines.</summary>
public static class OutreachDraftTask
{
    public const string Name = "outreach-draft";
    public const string PromptName = "outreach-draft";
    public const ModelTier Tier = ModelTier.Fast;
}
