using System.Globalization;
using Hiring.Evals.Core;

namespace Hiring.Evals.Scorecards;

/// <summary>One threshold: a suite's metric on a split must be at least (or at most) a value.</summary>
public sealed record Threshold(string Suite, string Metric, EvalSplit Split, ThresholdOp Op, double Value)
{
    public bool Holds(double measured) => Op == ThresholdOp.Min ? measured >= Value - 1e-9 : measured <= Value + 1e-9;

    public string Describe() => string.Create(CultureInfo.InvariantCulture, $"{Split.ToString().ToLowerInvariant()} {(Op == ThresholdOp.Min ? "≥" : "≤")} {Value:0.###}");
}
