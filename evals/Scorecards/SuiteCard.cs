namespace Hiring.Evals.Scorecards;

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
    IReadOnlyList<string> Errors,
    IReadOnlyList<string>? Notes = null);
