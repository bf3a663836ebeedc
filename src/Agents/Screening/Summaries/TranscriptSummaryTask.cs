using Hiring.Contracts.Reasoning;

namespace Hiring.Agents.Screening.Summaries;

/// <summary>The transcript-summary task's identity, shared by both engines.</summary>
public static class TranscriptSummaryTask
{
    public const string Name = "transcript-summary";
    public const string PromptName = "transcript-summary";
    public const ModelTier Tier = ModelTier.Fast;
}
