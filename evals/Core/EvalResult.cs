namespace Hiring.Evals.Core;

/// <summary>What a run measured: each suite's report and how long it took.</summary>
public sealed record EvalResult(EvalOptions Options, IReadOnlyList<SuiteReport> Suites, IReadOnlyDictionary<string, TimeSpan> Durations, TimeSpan Elapsed, DateTimeOffset StartedAt, string? JudgeModel);
