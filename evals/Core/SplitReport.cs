namespace Hiring.Evals.Core;

/// <summary>A suite's results on one split.</summary>
/// <param name="Split">Dev or blind.</param>
/// <param name="Metrics">Metric name → value.</param>
/// <param name="Cases">Each case's result, in file order.</param>
/// <param name="Errors">What went wrong beyond single cases (judge errors are counted here too).</param>
/// <param name="Missing">Set when the split's case file does not exist (nothing was measured).</param>
/// <param name="Notes">What a suite reports beside its metrics (for example each category's impact ratio).</param>
public sealed record SplitReport(
    EvalSplit Split,
    IReadOnlyDictionary<string, double> Metrics,
    IReadOnlyList<CaseResult> Cases,
    IReadOnlyList<string> Errors,
    string? Missing = null,
    IReadOnlyList<string>? Notes = null)
{
    public static SplitReport MissingFile(EvalSplit split, string message) => new(split, new Dictionary<string, double>(), [], [], message);
}
