namespace Hiring.Evals.Core;

/// <summary>What one suite measured.</summary>
/// <param name="Suite">The suite's name.</param>
/// <param name="Status">Ran, not available, or failed.</param>
/// <param name="Splits">Per split: metrics, cases and errors.</param>
/// <param name="Note">Why it is not available or failed, or anything a reader must know.</param>
public sealed record SuiteReport(string Suite, SuiteStatus Status, IReadOnlyList<SplitReport> Splits, string? Note = null)
{
    public static SuiteReport NotAvailable(string suite, string why) => new(suite, SuiteStatus.NotAvailable, [], why);

    public static SuiteReport Broken(string suite, string why) => new(suite, SuiteStatus.Failed, [], why);

    public SplitReport? For(EvalSplit split) => Splits.FirstOrDefault(s => s.Split == split);
}
