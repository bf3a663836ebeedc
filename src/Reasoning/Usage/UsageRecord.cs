namespace Hiring.Reasoning.Usage;

/// <summary>One model call's token usage and estimated cost.</summary>
public sealed record UsageRecord(
    string Task,
    string Model,
    int InputTokens,
    int OutputTokens,
    decimal EstimatedCost,
    string? Recruiter,
    string? Project,
    DateTimeOffset At);
