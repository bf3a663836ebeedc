namespace Hiring.Evals.Scorecards;

/// <summary>A threshold and whether it held (null: not measured this run); a target does not fail the run.</summary>
public sealed record ThresholdResult(string Split, string Op, double Value, bool? Passed, bool Target = false);
