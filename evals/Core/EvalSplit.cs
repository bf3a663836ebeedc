namespace Hiring.Evals.Core;

/// <summary>A split of a suite's cases: dev (rules are tuned on it) or blind (never read while writing rules).</summary>
public enum EvalSplit
{
    Dev = 0,
    Blind = 1,
}
