namespace Hiring.Evals.Scorecards;

/// <summary>A failing dev case in short (blind failures are listed by id only).</summary>
public sealed record FailedCase(string Id, string Expected, string Actual, string? Error);
