namespace Hiring.Evals.Scorecards;

/// <summary>One metric: dev and blind side by side, the previous run's values, and its thresholds.</summary>
public sealed record MetricRow(string Name, double? Dev, double? Blind, double? PreviousDev, double? PreviousBlind, IReadOnlyList<ThresholdResult> Thresholds);
