namespace Hiring.Evals.Core;

/// <summary>One judge's verdict on one case: a metric value (null when the judge failed) and why.</summary>
/// <param name="Judge">The judge, e.g. "exact-fields" or "judges/reply-quality".</param>
/// <param name="Metric">The metric it scored.</param>
/// <param name="Value">The value (1 for true and 0 for false on yes/no metrics); null when the judge could not score.</param>
/// <param name="Reason">The judge's reason, short.</param>
/// <param name="Error">Why the judge could not score, when it could not.</param>
public sealed record JudgeScore(string Judge, string Metric, double? Value, string? Reason = null, string? Error = null);
