namespace Hiring.Evals.Scorecards;

/// <summary>Whether a threshold is a floor or a ceiling.</summary>
public enum ThresholdOp
{
    /// <summary>The metric must be at least the value.</summary>
    Min = 0,

    /// <summary>The metric must be at most the value (flip rate, false refusals).</summary>
    Max = 1,
}
