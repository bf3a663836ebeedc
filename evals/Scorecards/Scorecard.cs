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
    IReadOnlyList<SuiteCard> Suites,
    IReadOnlyList<string>? TargetsMissed = null);
