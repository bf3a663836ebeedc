namespace Hiring.Evals.Scorecards;

/// <summary>The scorecard of one run (scorecard.json).</summary>
public sealed record Scorecard(
    DateTimeOffset GeneratedAt,
    string Engine,
    string Judges,
    string? JudgeModel,
    IReadOnlyList<string> Splits,
    double Seconds,
    bool Passed,
    IReadOnlyList<string> Misses,
    IReadOnlyList<SuiteCard> Suites);

/// <summary>One suite on the scorecard; Result is "passed", "failed" or "not available" (Status is how its run ended).</summary>
public sealed record SuiteCard(
    string Name,
    string Status,
    string Result,
    string? Note,
    double Seconds,
    IReadOnlyDictionary<string, string> Cases,
    IReadOnlyList<MetricRow> Metrics,
    IReadOnlyList<string> Missing,
    IReadOnlyList<FailedCase> DevFailures,
    IReadOnlyList<string> BlindFailures,
    IReadOnlyList<string> Errors);

/// <summary>One metric: dev and blind side by side, the previous run's values, and its thresholds.</summary>
public sealed record MetricRow(string Name, double? Dev, double? Blind, double? PreviousDev, double? PreviousBlind, IReadOnlyList<ThresholdResult> Thresholds);

/// <summary>A threshold and whether it held (null: not measured this run).</summary>
public sealed record ThresholdResult(string Split, string Op, double Value, bool? Passed);

/// <summary>A failing dev case in short (blind failures are listed by id only).</summary>
public sealed record FailedCase(string Id, string Expected, string Actual, string? Error);
