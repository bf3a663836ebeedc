using System.Globalization;
using Hiring.Evals.Core;

namespace Hiring.Evals.Scorecards;

/// <summary>
/// One threshold: a suite's metric on a split must be at least (or at most) a value. A gate fails the
/// run below it (CI's regression guard); a target is the goal the product is measured against, shown
/// on the scorecard as met or not, without failing the run.
/// </summary>
public sealed record Threshold(string Suite, string Metric, EvalSplit Split, ThresholdOp Op, double Value, bool Target = false)
{
    public bool Holds(double measured) => Op == ThresholdOp.Min ? measured >= Value - 1e-9 : measured <= Value + 1e-9;

    public string Describe() => string.Create(CultureInfo.InvariantCulture, $"{Split.ToString().ToLowerInvariant()} {(Op == ThresholdOp.Min ? "≥" : "≤")} {Value:0.###}{(Target ? " (target)" : "")}");
}
